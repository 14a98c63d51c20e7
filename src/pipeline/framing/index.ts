export { createFramingDetector, type FramingDetectorOptions } from './create-framing-detector.js'
export { createSentenceBiasDetector, type SentenceBiasDetectorOptions } from './create-sentence-bias-detector.js'
export { scoreFraming } from './score-framing.js'
export { attributeVoices } from './attribute-voices.js'
export { keepShownSpans, NEVER_SHOWN, SHOW_THRESHOLDS, type ShowThresholds } from './show-thresholds.js'
export { FRAMING_LANGUAGES, builtinLexicon } from './builtin-lexicons.js'
export { parseLexicon, type Lexicon, type LexiconEntry, type EntryRole, type RawLexicon } from './lexicon.js'
export {
  englishLoadedWordModel,
  featureWeight,
  highestLoadedWordProbability,
  loadLoadedWordModel,
  loadedWordProbability,
  type LoadedWordModel,
  type LoadedWordWeightsFile,
} from './loaded-word-model.js'
export { forEachFeature } from './word-features.js'
export { tokenizeWords, type WordToken } from './tokenize-words.js'
export { forEachSpanFeature, tokensOverlapping, type TokenRange } from './span-features.js'
export {
  classifyTechnique,
  loadTechniqueClassifier,
  techniqueProbabilities,
  type TechniqueClassifier,
  type TechniqueWeightsFile,
} from './technique-classifier.js'
export { profileOutlets, type ProfileArticle, type ProfileOptions } from './profile-outlets.js'
export { findQuotations } from './find-quotations.js'
export { forEachSentenceFeature } from './sentence-features.js'
export {
  classifySentences,
  loadSentenceBiasClassifier,
  sentenceBiasProbability,
  type SentenceBias,
  type SentenceBiasClassifier,
  type SentenceBiasWeightsFile,
} from './sentence-bias-classifier.js'
export { PHRASE_WINDOW, forEachPhraseFeature, forEachSentence, markTokens, sentenceShape, type SentenceShape } from './phrase-features.js'
export { decodeRuns, loadPhraseTagger, phraseLogits, type PhraseTagger, type PhraseTaggerWeightsFile } from './phrase-tagger.js'
export { forEachSentenceTechniqueFeature, sentenceContext, type SentenceContext } from './sentence-technique-features.js'
export {
  englishSentenceTechniques,
  loadSentenceTechniqueModel,
  sentenceTechniqueProbability,
  type SentenceTechniqueModel,
  type SentenceTechniqueWeightsFile,
} from './sentence-technique-model.js'
export { SENTENCE_SPAN_TAG, sentenceTechniqueSpans } from './sentence-technique-spans.js'
