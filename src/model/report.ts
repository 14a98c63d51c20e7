import type { Article, Removal } from './article.js'
import type { Entity } from './entity.js'
import type { ArticleFraming } from './framing.js'
import type { Quote } from './quote.js'
import type { ArticleSpan } from './span.js'

/** A claim and the spans that report it; `articleIds` lists every article that carries it. */
export interface Fact {
  readonly id: string
  readonly text: string
  readonly articleIds: readonly string[]
  readonly spans: readonly ArticleSpan[]
}

export type DifferenceKind = 'date' | 'number' | 'quantity' | 'money' | 'percent' | 'duration'

export interface DifferenceValue extends ArticleSpan {
  /** Machine-comparable value: an ISO date/interval ("2025", "2025-07/2025-12") or a number with unit. */
  readonly normalized: string
}

/** The same quantity or date as each outlet states it. */
export interface Difference {
  readonly id: string
  readonly kind: DifferenceKind
  /** What is being measured or dated, in words ("deployment of Oreshnik"). */
  readonly subject: string
  readonly status: 'consistent' | 'conflict'
  readonly values: readonly DifferenceValue[]
}

export interface BriefSentence {
  readonly text: string
  readonly articleIds: readonly string[]
  /** True when only one article supports this sentence. */
  readonly singleSource: boolean
  /** The passages this sentence rests on (at least one per cited article when given); lets a reader jump from a citation to the text. */
  readonly spans?: readonly ArticleSpan[]
}

/** The JSON report: the public interface of `parallax compare --json` (see schema/report.schema.json). */
export interface CoverageReport {
  readonly version: 1
  readonly articles: readonly ReportArticle[]
  readonly entities: readonly Entity[]
  readonly facts: readonly Fact[]
  readonly differences: readonly Difference[]
  readonly quotes: readonly Quote[]
  readonly framing: readonly ArticleFraming[]
  readonly brief: readonly BriefSentence[]
  /** Inputs that could not be analysed, with the reason. */
  readonly skipped: readonly { source: string; reason: string; message: string }[]
}

export type ReportArticle = Omit<Article, 'sourceMap'> & { readonly removed: readonly Removal[] }
