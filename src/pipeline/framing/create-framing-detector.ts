import type { FramingSpan } from '../../model/index.js'
import { builtinLexicon } from './builtin-lexicons.js'
import { buildLexiconIndex, findLexiconHits } from './lexicon-index.js'
import { CALIBRATED, demonymTest, lexiconSpans, type LexiconConfidence } from './lexicon-spans.js'
import { englishLoadedWordModel, loadedWordSpans, type LoadedWordModel } from './loaded-word-model.js'
import { attributeVoices } from './attribute-voices.js'
import { markTokens } from './phrase-features.js'
import { phraseSpans } from './phrase-spans.js'
import type { PhraseTagger } from './phrase-tagger.js'
import { resolveOverlaps } from './resolve-overlaps.js'
import { keepShownSpans, SHOW_THRESHOLDS, type ShowThresholds } from './show-thresholds.js'
import { englishSentenceTechniques, type SentenceTechniqueModel } from './sentence-technique-model.js'
import { sentenceTechniqueSpans } from './sentence-technique-spans.js'
import { englishClauseTechniques, englishTechniques, techniqueProbabilities, type TechniqueClassifier } from './technique-classifier.js'
import { tokenizeWords, type WordToken } from './tokenize-words.js'

export interface FramingDetectorOptions {
  /** BCP-47 primary subtag of the text ("en", "uk", "ru", "pl"); default "en". "und" uses English. */
  readonly language?: string
  /**
   * The learned loaded-word tagger: default the committed English weights for English, none for other
   * languages; `null` turns it off (lexicons only). Evaluation passes cross-validated models here.
   */
  readonly model?: LoadedWordModel | null
  /**
   * The technique classifier that tells name-calling from loaded language in the model's spans: default the
   * committed English weights for English; `null` labels every model span loaded language.
   */
  readonly techniques?: TechniqueClassifier | null
  /**
   * Opt-in phrase tagger that adds multi-word propaganda spans (PTC span identification) where the lexicons
   * and the loaded-word model found nothing; default none. Trained by scripts/train/train-phrases.ts, it is
   * not shipped: in cross-validation it raised PTC span F1 by one point but cost four points of BABE
   * biased-word precision (docs/MODELS.md).
   */
  readonly phrases?: PhraseTagger | null
  /**
   * The sentence technique model that adds clause-level spans (Doubt, Appeal to fear...) over sentences it
   * rates as propaganda: default the committed English weights for English; `null` turns it off.
   */
  readonly sentences?: SentenceTechniqueModel | null
  /**
   * The technique classifier that labels clause spans, trained on whole sentences: default the committed
   * English weights for English; `null` labels them loaded language.
   */
  readonly clauseTechniques?: TechniqueClassifier | null
  /**
   * The confidence each source of spans needs to be shown, and the clause technique classifier's to name a
   * technique: default SHOW_THRESHOLDS (set for precision on dev); `null` shows every span with its technique
   * (evaluation collects them all to set the thresholds).
   */
  readonly thresholds?: ShowThresholds | null
  /**
   * A lexicon span's confidence: default the calibrated probability fitted on dev (lexicon-calibration.ts);
   * the calibration trainer passes one that reports each match's strength instead.
   */
  readonly lexiconConfidence?: LexiconConfidence
}

/**
 * Compiles the lexicon (and loads the model) for a language once, and returns a detector that finds framing
 * spans in a text. Languages without a lexicon get a detector that finds nothing.
 * @example
 * const detect = createFramingDetector({ language: 'en' })
 * detect('The Russian dictator cynically added...')  // spans "Russian dictator", "cynically added"
 */
export function createFramingDetector(options: FramingDetectorOptions = {}): (text: string) => FramingSpan[] {
  const language = options.language === undefined || options.language === 'und' ? 'en' : options.language
  const lexicon = builtinLexicon(language)
  if (lexicon === undefined) return () => []
  const index = buildLexiconIndex([lexicon])
  const isDemonym = demonymTest(lexicon.demonyms)
  const model = options.model === undefined ? (language === 'en' ? englishLoadedWordModel() : null) : options.model
  const techniques = options.techniques === undefined ? (language === 'en' ? englishTechniques() : null) : options.techniques
  const phrases = options.phrases ?? null
  const sentences = options.sentences === undefined ? (language === 'en' ? englishSentenceTechniques() : null) : options.sentences
  const clauseTechniques = options.clauseTechniques === undefined ? (language === 'en' ? englishClauseTechniques() : null) : options.clauseTechniques
  const thresholds = options.thresholds === undefined ? SHOW_THRESHOLDS : options.thresholds
  const confidenceOf = options.lexiconConfidence ?? CALIBRATED
  // Spans are found with every source's own threshold and filtered only at the end: the clause model reads the
  // word-level spans as features, shown or not.
  const shown = (spans: FramingSpan[]): FramingSpan[] => (thresholds === null ? spans : keepShownSpans(spans, thresholds))
  return (text: string): FramingSpan[] => {
    const tokens = tokenizeWords(text)
    const hits = findLexiconHits(tokens, index)
    const fromLexicon = lexiconSpans(text, tokens, hits, isDemonym, confidenceOf)
    if (model === null && phrases === null && sentences === null) return attributeVoices(shown(resolveOverlaps(fromLexicon)), text)
    const covered = coveredTokens(tokens, fromLexicon)
    for (const hit of hits) if (hit.isExcluded) covered.fill(1, hit.first, hit.last + 1)
    const isLabel = techniques === null ? undefined : labelTest(text, tokens, techniques)
    const fromModel = model === null ? [] : loadedWordSpans(text, tokens, model, covered, isLabel)
    const words = resolveOverlaps([...fromLexicon, ...fromModel])
    if (phrases === null && sentences === null) return attributeVoices(shown(words), text)
    const marks = markTokens(tokens, words)
    const occupied = Uint8Array.from(marks, (m, i) => m | covered[i]!)
    let spans = words
    if (phrases !== null) {
      const fromPhrases = phraseSpans(text, tokens, phrases, marks, occupied, techniques)
      if (fromPhrases.length > 0) {
        spans = resolveOverlaps([...words, ...fromPhrases])
        for (const span of fromPhrases) {
          const [first, end] = tokenRange(tokens, span)
          occupied.fill(1, first, end)
        }
      }
    }
    // Clause-level spans last, on the words no finer span took; the model reads the word-level spans as features.
    if (sentences !== null) spans = resolveOverlaps([...spans, ...sentenceTechniqueSpans(text, tokens, sentences, words, occupied, clauseTechniques, thresholds?.clauseTechnique ?? 0)])
    return attributeVoices(shown(spans), text)
  }
}

/** Token indices [first, last + 1) of a span built on token boundaries. */
function tokenRange(tokens: readonly WordToken[], span: FramingSpan): [number, number] {
  let first = 0
  while (first < tokens.length && tokens[first]!.end <= span.start) first++
  let end = first
  while (end < tokens.length && tokens[end]!.start < span.end) end++
  return [first, end]
}

/** A model span is a label when the technique classifier prefers name-calling to loaded language for it. */
function labelTest(text: string, tokens: readonly WordToken[], classifier: TechniqueClassifier): (first: number, last: number) => boolean {
  const label = classifier.classes.indexOf('name-calling')
  const loaded = classifier.classes.indexOf('loaded-language')
  if (label < 0 || loaded < 0) return () => false
  return (first, last) => {
    const p = techniqueProbabilities(text, tokens, { first, last }, classifier)
    return p[label]! > p[loaded]!
  }
}

/** Marks tokens inside a lexicon span, so the model does not flag the same words again. */
function coveredTokens(tokens: readonly { start: number; end: number }[], spans: readonly FramingSpan[]): Uint8Array {
  const covered = new Uint8Array(tokens.length)
  if (spans.length === 0) return covered
  const sorted = [...spans].sort((a, b) => a.start - b.start)
  let s = 0
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!
    while (s < sorted.length && sorted[s]!.end <= token.start) s++
    const span = sorted[s]
    if (span !== undefined && span.start < token.end) covered[i] = 1
  }
  return covered
}
