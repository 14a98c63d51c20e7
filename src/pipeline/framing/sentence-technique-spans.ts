import type { FramingSpan, FramingTechnique } from '../../model/index.js'
import { forEachSentence } from './phrase-features.js'
import { sentenceContext } from './sentence-technique-features.js'
import { sentenceTechniqueProbability, type SentenceTechniqueModel } from './sentence-technique-model.js'
import { classifyTechnique, type TechniqueClassifier } from './technique-classifier.js'
import type { WordToken } from './tokenize-words.js'

// A piece of a sentence left beside a word-level span must keep this many words to stand alone.
const MIN_PIECE_WORDS = 2
// Attribution ("…," he said; According to the ministry, …) is the reporter's frame, not the technique:
// a stretch between punctuation of at most this many words holding a reporting verb is left out of the span.
const MAX_ATTRIBUTION_WORDS = 8
const REPORTING = new Set(
  'said says say told tells stated states added adds wrote writes explained explains noted notes according argued argues asked asks replied replies reported reports announced announces declared declares tweeted commented concluded continued insisted warned'.split(
    ' ',
  ),
)

// Platt scaling of the sentence's probability to P(the span overlaps a gold span), fitted on the 3,606
// cross-validated clause spans of PTC and BABE dev (scripts/eval/framing.ts prints the fit): raw 0.45 → 0.35,
// 0.5 → 0.36, 0.7 → 0.40, 0.9 → 0.46, 0.99 → 0.56. Refitted after the cross-fitted training of the sentence technique
// model (3,965 spans: a 0.193, b −0.605) no confidence moved by more than 0.01, so these were kept.
const PLATT_A = 0.182
const PLATT_B = -0.58

/** The confidence a clause span carries for its sentence's probability p (see PLATT_A). */
export function clauseConfidence(p: number): number {
  const q = Math.min(0.995, Math.max(0.005, p))
  return Math.round(100 / (1 + Math.exp(-(PLATT_A * Math.log(q / (1 - q)) + PLATT_B)))) / 100
}

/** Marks the explanation of every sentence span: evaluation tells them from word-level spans by it. */
export const SENTENCE_SPAN_TAG = '[model sentence-techniques.en]'

/**
 * Clause-level spans: PTC's long techniques (Doubt, Appeal to fear, Causal oversimplification; median 14–20
 * words) are whole clauses that no word rule sees. Each sentence the sentence technique model rates at
 * p ≥ its threshold becomes a span over its words, minus the tokens already in a word-level span
 * (`occupied[i]`, whose finer label and wording win), labelled by the technique classifier when it gives the
 * technique at least `techniqueThreshold`, else 'loaded-sentence' (a wrong technique name misleads more than none).
 * `upstream` are the word-level spans, sorted by start (a feature of the model).
 */
export function sentenceTechniqueSpans(
  text: string,
  tokens: readonly WordToken[],
  model: SentenceTechniqueModel,
  upstream: readonly FramingSpan[],
  occupied: Uint8Array,
  techniques: TechniqueClassifier | null,
  techniqueThreshold = 0,
): FramingSpan[] {
  const spans: FramingSpan[] = []
  const context = sentenceContext(tokens, upstream)
  forEachSentence(tokens, (sentenceFirst, sentenceLast) => {
    if (sentenceLast - sentenceFirst + 1 < MIN_PIECE_WORDS) return
    const p = sentenceTechniqueProbability(text, tokens, sentenceFirst, sentenceLast, upstream, context, model)
    if (p < model.threshold) return
    // The technique of the whole sentence, as the model judged it: pieces between word-level spans ("Putin,
    // asked") read as nothing on their own. Skipping sentences it calls loaded language or name-calling
    // (already word-level) lost 0.01 of PTC span F1 in CV, and raised no precision.
    const kind = techniques === null ? null : classifyTechnique(text, tokens, { first: sentenceFirst, last: sentenceLast }, techniques)
    const attribution = attributionTokens(tokens, sentenceFirst, sentenceLast)
    let first = -1
    for (let i = sentenceFirst; i <= sentenceLast + 1; i++) {
      const free = i <= sentenceLast && occupied[i] !== 1 && attribution[i - sentenceFirst] !== 1
      if (free && first < 0) first = i
      if (free || first < 0) continue
      if (i - first >= MIN_PIECE_WORDS) spans.push(sentenceSpan(text, tokens, first, i - 1, p, kind, techniqueThreshold))
      first = -1
    }
  })
  return spans
}

/**
 * Per token of the sentence [first, last]: 1 inside an attribution, a stretch between punctuation marks of
 * at most `MAX_ATTRIBUTION_WORDS` words that holds a reporting verb ("he said", "according to the ministry").
 */
function attributionTokens(tokens: readonly WordToken[], first: number, last: number): Uint8Array {
  const marks = new Uint8Array(last - first + 1)
  let from = first
  for (let i = first; i <= last + 1; i++) {
    if (i <= last && (i === from || !tokens[i]!.afterPunctuation)) continue
    // The whole sentence is never attribution alone ("Trump said the press lies" keeps its words).
    if (i - from <= MAX_ATTRIBUTION_WORDS && (from > first || i <= last)) {
      for (let k = from; k < i; k++) {
        if (REPORTING.has(tokens[k]!.norm)) {
          marks.fill(1, from - first, i - first)
          break
        }
      }
    }
    from = i
  }
  return marks
}

function sentenceSpan(
  text: string,
  tokens: readonly WordToken[],
  first: number,
  last: number,
  p: number,
  kind: { technique: FramingTechnique; probability: number } | null,
  techniqueThreshold: number,
): FramingSpan {
  const start = tokens[first]!.start
  const end = tokens[last]!.end
  const isNamed = kind !== null && kind.probability >= techniqueThreshold
  return {
    start,
    end,
    text: text.slice(start, end),
    technique: kind === null ? 'loaded-language' : isNamed ? kind.technique : 'loaded-sentence',
    source: 'clause-model',
    voice: { kind: 'outlet' },
    explanation:
      `clause: a sentence model trained on propaganda techniques annotated in news (PTC, SemEval-2020 Task 11) rates this sentence at p=${p.toFixed(2)} of using one` +
      (kind === null
        ? ''
        : isNamed
          ? `; the technique classifier reads the sentence as ${kind.technique} (p=${kind.probability.toFixed(2)})`
          : `; the technique classifier is not confident which technique (at most ${kind.technique}, p=${kind.probability.toFixed(2)})`) +
      ` ${SENTENCE_SPAN_TAG}`,
    confidence: clauseConfidence(p),
  }
}
