export { shadowText, foldName, nameKey, editDistance, isSameNameWord, nameWordMatcher } from './fold.js'
export {
  SPEECH_VERBS,
  SPEECH_VERB_FORMS,
  MONTHS,
  WEEKDAYS,
  PERSON_PRONOUNS,
  FUNCTION_WORDS,
  ALIGNMENT_STOPWORDS,
} from './word-lists.js'
