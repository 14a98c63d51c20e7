import type { Article, Removal } from './article.js'
import type { Entity } from './entity.js'
import type { ArticleFraming } from './framing.js'
import type { Headline } from './headline.js'
import type { GroupCoverage, ReportOutlet } from './outlet.js'
import type { Quote } from './quote.js'
import type { ArticleSpan } from './span.js'

/** One article's rendering of a fact, in that article's language. */
export interface FactSpan extends ArticleSpan {
  /** BCP-47 primary subtag of the article ("en", "ru", "und"). */
  readonly language: string
  /**
   * 'title': the rendering is the article's headline, and `start`/`end` index `Article.title`, not `Article.text`
   * (`text === title.slice(start, end)`; in the input at `titleSource.start + start` when the headline was a line of
   * it). Absent: a passage of `Article.text`. Headlines join a fact only beside another article's rendering.
   */
  readonly field?: 'title'
}

/** A claim and the spans that report it; `articleIds` lists every article that carries it. */
export interface Fact {
  readonly id: string
  /** The fact as one rendering words it (the least loaded outlet's, in the report's language when one exists). */
  readonly text: string
  /** Language of `text`. */
  readonly language: string
  readonly articleIds: readonly string[]
  readonly spans: readonly FactSpan[]
}

/** 'claim': two outlets' sentences about one thing that cannot both be true (a denial, another figure). */
export type DifferenceKind = 'date' | 'number' | 'quantity' | 'money' | 'percent' | 'duration' | 'claim'

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
  /** Language of `text`: the report's language when an outlet reported the fact in it, else the rendering's own. */
  readonly language: string
  readonly articleIds: readonly string[]
  /** True when only one article supports this sentence. */
  readonly singleSource: boolean
  /** The passages this sentence rests on (at least one per cited article when given); lets a reader jump from a citation to the text. */
  readonly spans?: readonly FactSpan[]
}

/** The JSON report: the public interface of `parallax compare --json` (see schema/report.schema.json). */
export interface CoverageReport {
  readonly version: 1
  /** The language facts and the brief are shown in when an outlet wrote in it (default "en"). */
  readonly language: string
  /** The story's title: its most neutral headline (least framing), else the first article's title. */
  readonly title: string
  readonly articles: readonly ReportArticle[]
  /** The outlets of the articles, in order of first article, with what the user's outlet registry says of each. */
  readonly outlets: readonly ReportOutlet[]
  /** For each group kind in the registry ("lean"), which outlets covered the story under each value; [] without one. */
  readonly coverageByGroup: readonly GroupCoverage[]
  readonly entities: readonly Entity[]
  readonly facts: readonly Fact[]
  readonly differences: readonly Difference[]
  readonly quotes: readonly Quote[]
  readonly framing: readonly ArticleFraming[]
  readonly brief: readonly BriefSentence[]
  /** Each article's headline, with its framing and the wording no other headline shares; titles cut from a
   *  first sentence are left out. In article order. */
  readonly headlines: readonly Headline[]
  /** Inputs that could not be analysed, with the reason. */
  readonly skipped: readonly { source: string; reason: string; message: string }[]
}

export type ReportArticle = Omit<Article, 'sourceMap'> & { readonly removed: readonly Removal[] }
