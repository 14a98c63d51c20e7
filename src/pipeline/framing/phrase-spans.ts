import type { FramingSpan, FramingTechnique } from '../../model/index.js'
import { decodeRuns, phraseLogits, type PhraseTagger } from './phrase-tagger.js'
import { classifyTechnique, type TechniqueClassifier } from './technique-classifier.js'
import type { WordToken } from './tokenize-words.js'

// A piece of a phrase left beside a lexicon or loaded-word span must keep this many words to stand alone.
const MIN_PIECE_WORDS = 2

/**
 * Phrase spans from the phrase tagger: runs of words it places inside a propaganda span (see `decodeRuns`),
 * minus the tokens already in a lexicon or loaded-word span (`occupied[i]`), whose finer label wins; `marks`
 * are the tokens of those spans, a feature of the tagger (see `markTokens`). The
 * technique comes from the technique classifier (PTC's 14 classes), else loaded language.
 */
export function phraseSpans(
  text: string,
  tokens: readonly WordToken[],
  tagger: PhraseTagger,
  marks: Uint8Array,
  occupied: Uint8Array,
  techniques: TechniqueClassifier | null,
): FramingSpan[] {
  if (tokens.length === 0) return []
  const logits = phraseLogits(text, tokens, marks, tagger)
  const runs = decodeRuns(tokens, logits, Math.log(tagger.threshold / (1 - tagger.threshold)), tagger.maxGap)
  const spans: FramingSpan[] = []
  for (const [runFirst, runLast] of runs) {
    let first = -1
    for (let i = runFirst; i <= runLast + 1; i++) {
      const free = i <= runLast && occupied[i] !== 1
      if (free && first < 0) first = i
      if (free || first < 0) continue
      if (i - first >= MIN_PIECE_WORDS) spans.push(phraseSpan(text, tokens, first, i - 1, logits, techniques))
      first = -1
    }
  }
  return spans
}

function phraseSpan(
  text: string,
  tokens: readonly WordToken[],
  first: number,
  last: number,
  logits: Float64Array,
  techniques: TechniqueClassifier | null,
): FramingSpan {
  let sum = 0
  for (let i = first; i <= last; i++) sum += 1 / (1 + Math.exp(-logits[i]!))
  const p = sum / (last - first + 1)
  const start = tokens[first]!.start
  const end = tokens[last]!.end
  const phrase = text.slice(start, end)
  const kind: { technique: FramingTechnique; probability: number } =
    techniques === null ? { technique: 'loaded-language', probability: 1 } : classifyTechnique(text, tokens, { first, last }, techniques)
  return {
    start,
    end,
    text: phrase,
    technique: kind.technique,
    source: 'phrase-model',
    voice: { kind: 'outlet' },
    explanation:
      `phrase: "${phrase}" — a tagger trained on propaganda spans annotated in news (PTC, SemEval-2020 Task 11) gives its words p=${p.toFixed(2)} on average` +
      (techniques === null ? '' : `; the technique classifier reads it as ${kind.technique} (p=${kind.probability.toFixed(2)})`) +
      ' [model phrases.en]',
    confidence: Math.round(p * 100) / 100,
  }
}
