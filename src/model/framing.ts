import type { HeadlineFramingSpan } from './headline.js'
import type { Span } from './span.js'

/** Framing techniques; names follow SemEval-2020 Task 11 where they overlap. */
export const FRAMING_TECHNIQUES = [
  'name-calling',
  'loaded-language',
  'doubt',
  'hedge',
  'loaded-attribution',
  'exaggeration',
  'appeal-to-fear',
  'flag-waving',
  'causal-oversimplification',
  'slogans',
  'repetition',
  'appeal-to-authority',
  'black-and-white',
  'whataboutism',
  'thought-terminating-cliche',
  'bandwagon',
  // A clause the sentence model rates as loaded when the technique classifier is not confident which technique.
  'loaded-sentence',
] as const

export type FramingTechnique = (typeof FRAMING_TECHNIQUES)[number]

/**
 * Which part of the detector found a span; each is shown only above its own threshold, set for precision on
 * dev data (docs/MODELS.md): a lexicon entry, the loaded-word model, the opt-in phrase tagger, the clause model.
 */
export type FramingSource = 'lexicon' | 'word-model' | 'phrase-model' | 'clause-model'

/**
 * Whose words a span stands in. 'outlet': the outlet's own narration, paraphrase included ("according to X,
 * Belarus is allegedly worried": the wording is the outlet's). 'quoted': inside quotation marks, or a speaker's
 * unmarked direct speech ("We assess this as a danger," he said): the speaker's words, which the outlet chose
 * to quote, so they are shown and counted apart, never in the outlet's own score.
 */
export type FramingVoice =
  | { readonly kind: 'outlet' }
  | {
      readonly kind: 'quoted'
      /** The speaker as named in the article ("Joe Biden"), or null when no speaker was found. */
      readonly speaker: string | null
      /** The quoted words that hold the span: [start, end) into the same text as the span. */
      readonly quote: Span
    }

export interface FramingSpan extends Span {
  readonly text: string
  readonly technique: FramingTechnique
  readonly source: FramingSource
  readonly voice: FramingVoice
  /** Why it was flagged, in words a reader can check ("label for a person: 'dictator'"). */
  readonly explanation: string
  /** 0–1. Lexicon hits carry the entry's confidence; model hits the model's probability. */
  readonly confidence: number
}

export interface ArticleFraming {
  readonly articleId: string
  /** Framing load in the outlet's own voice: summed confidence of its own spans per 100 words of the article. 0 = neutral. */
  readonly score: number
  /** The same load of the quoted spans (the speakers' words the outlet quotes), counted apart from `score`. */
  readonly quotedScore: number
  readonly spans: readonly FramingSpan[]
  /** Framing spans in the article's headline (offsets into `Article.title`); absent when the title is not a headline. */
  readonly headline?: readonly HeadlineFramingSpan[]
}
