export { shadowText, foldName, nameKey, nameKeys, editDistance, isSameNameWord } from './fold.js'
export { nameWordMatcher } from './name-word-matcher.js'
export { nameWordIndex, type NameWordIndex } from './name-word-index.js'
export { isInflectingLanguage, nameStems } from './name-inflection.js'
export {
  SPEECH_VERBS,
  SPEECH_VERB_FORMS,
  MONTHS,
  WEEKDAYS,
  PERSON_PRONOUNS,
  FUNCTION_WORDS,
  ALIGNMENT_STOPWORDS,
} from './word-lists.js'
export { compareText } from './compare-text.js'
export { wordDiff, type DiffSegment, type WordDiff } from './word-diff.js'
export { isTitleCaseLine, truecaseTitleLines } from './truecase.js'
