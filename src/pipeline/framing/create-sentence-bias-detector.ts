import { builtinLexicon } from './builtin-lexicons.js'
import { buildLexiconIndex, findLexiconHits } from './lexicon-index.js'
import { demonymTest, lexiconSpans } from './lexicon-spans.js'
import { englishLoadedWordModel, type LoadedWordModel } from './loaded-word-model.js'
import { resolveOverlaps } from './resolve-overlaps.js'
import { readCompactWeights } from './read-compact-weights.js'
import { prefixLookup } from './weight-table.js'
import { classifySentences, type SentenceBias, type SentenceBiasClassifier } from './sentence-bias-classifier.js'
import { tokenizeWords } from './tokenize-words.js'

export interface SentenceBiasDetectorOptions {
  /** BCP-47 primary subtag; default "en". Only English has a classifier: other languages get `[]`. */
  readonly language?: string
  /** The classifier; default the committed English weights (trained on BABE dev). Evaluation passes CV models. */
  readonly classifier?: SentenceBiasClassifier
  /**
   * The loaded-word model whose highest word probability in a sentence is a feature of the classifier:
   * default the committed English weights (the model the committed classifier was trained with); `null`
   * leaves the feature out.
   */
  readonly model?: LoadedWordModel | null
}

let defaultEnglish: SentenceBiasClassifier | undefined

/**
 * Loads the sentence bias classifier once and returns a function that calls each sentence of a text biased
 * or not (BABE's sentence task: does the wording of the sentence take a side?).
 * @example createSentenceBiasDetector()('The radical left slammed the bizarre plan.')  // [{ start: 0, end: 41, probability: 0.98, isBiased: true }]
 */
export function createSentenceBiasDetector(options: SentenceBiasDetectorOptions = {}): (text: string) => SentenceBias[] {
  const language = options.language === undefined || options.language === 'und' ? 'en' : options.language
  const lexicon = builtinLexicon(language)
  if (language !== 'en' || lexicon === undefined) return () => []
  const classifier = options.classifier ?? (defaultEnglish ??= englishSentenceBias())
  const index = buildLexiconIndex([lexicon])
  const isDemonym = demonymTest(lexicon.demonyms)
  const model = options.model === undefined ? englishLoadedWordModel() : (options.model ?? undefined)
  return (text) => {
    const tokens = tokenizeWords(text)
    // Overlaps resolved as the lexicon-only framing detector that training and evaluation read ("radical left",
    // not also "radical"): the classifier sees the features it was trained on.
    const fromLexicon = resolveOverlaps(lexiconSpans(text, tokens, findLexiconHits(tokens, index), isDemonym))
    return classifySentences(text, tokens, fromLexicon, classifier, model)
  }
}

/** The committed English classifier (trained on BABE), read from its compact sorted table. */
function englishSentenceBias(): SentenceBiasClassifier {
  const file = readCompactWeights('sentence-bias')
  return { bias: file.bias, threshold: file.threshold, weights: prefixLookup(file.table, '', (t, i) => t.numberAt(i)) }
}
