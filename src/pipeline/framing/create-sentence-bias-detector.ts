import weightsEn from './weights/sentence-bias.en.json' with { type: 'json' }
import { builtinLexicon } from './builtin-lexicons.js'
import { createFramingDetector } from './create-framing-detector.js'
import { buildLexiconIndex, findLexiconHits } from './lexicon-index.js'
import { demonymTest, lexiconSpans } from './lexicon-spans.js'
import { classifySentences, loadSentenceBiasClassifier, type SentenceBias, type SentenceBiasClassifier } from './sentence-bias-classifier.js'
import { sentenceContext } from './sentence-technique-features.js'
import { englishSentenceTechniques, sentenceTechniqueProbability, type SentenceTechniqueModel } from './sentence-technique-model.js'
import { tokenizeWords } from './tokenize-words.js'

export interface SentenceBiasDetectorOptions {
  /** BCP-47 primary subtag; default "en". Only English has a classifier: other languages get `[]`. */
  readonly language?: string
  /** The classifier; default the committed English weights (trained on BABE dev). Evaluation passes CV models. */
  readonly classifier?: SentenceBiasClassifier
  /**
   * The sentence technique model whose probability is a feature of the classifier, run on the word-level
   * spans of the default detector: default the committed English weights; `null` leaves the feature out.
   */
  readonly sentences?: SentenceTechniqueModel | null
}

let defaultEnglish: SentenceBiasClassifier | undefined

/**
 * Loads the sentence bias classifier once and returns a function that calls each sentence of a text biased
 * or not (BABE's sentence task: does the wording of the sentence take a side?).
 * @example createSentenceBiasDetector()('The radical left slammed the bizarre plan.')  // [{ start: 0, end: 41, probability: 0.9, isBiased: true }]
 */
export function createSentenceBiasDetector(options: SentenceBiasDetectorOptions = {}): (text: string) => SentenceBias[] {
  const language = options.language === undefined || options.language === 'und' ? 'en' : options.language
  const lexicon = builtinLexicon(language)
  if (language !== 'en' || lexicon === undefined) return () => []
  const classifier = options.classifier ?? (defaultEnglish ??= loadSentenceBiasClassifier(weightsEn))
  const index = buildLexiconIndex([lexicon])
  const isDemonym = demonymTest(lexicon.demonyms)
  const sentences = options.sentences === undefined ? englishSentenceTechniques() : options.sentences
  // The word-level spans the sentence technique model reads (lexicons and loaded-word model, as in training).
  const words = sentences === null ? null : createFramingDetector({ language, phrases: null, sentences: null })
  return (text) => {
    const tokens = tokenizeWords(text)
    const fromLexicon = lexiconSpans(text, tokens, findLexiconHits(tokens, index), isDemonym)
    if (sentences === null || words === null) return classifySentences(text, tokens, fromLexicon, classifier)
    const upstream = words(text)
    const context = sentenceContext(tokens, upstream)
    return classifySentences(text, tokens, fromLexicon, classifier, (first, last) =>
      sentenceTechniqueProbability(text, tokens, first, last, upstream, context, sentences),
    )
  }
}
