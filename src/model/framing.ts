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
] as const

export type FramingTechnique = (typeof FRAMING_TECHNIQUES)[number]

export interface FramingSpan extends Span {
  readonly text: string
  readonly technique: FramingTechnique
  /** Why it was flagged, in words a reader can check ("label for a person: 'dictator'"). */
  readonly explanation: string
  /** 0–1. Lexicon hits carry the entry's confidence; model hits the model's probability. */
  readonly confidence: number
}

export interface ArticleFraming {
  readonly articleId: string
  /** Framing load: summed span confidence per 100 words of the article. 0 = neutral. */
  readonly score: number
  readonly spans: readonly FramingSpan[]
  /** Framing spans in the article's headline (offsets into `Article.title`); absent when the title is not a headline. */
  readonly headline?: readonly HeadlineFramingSpan[]
}
