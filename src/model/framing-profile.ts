import type { FramingTechnique } from './framing.js'

/** How often one outlet uses one technique across a corpus. */
export interface TechniqueRate {
  readonly technique: FramingTechnique
  readonly spans: number
  /** Spans per 1,000 words of the outlet's articles. */
  readonly ratePer1000Words: number
  /** Most frequent wordings, lower-cased, most frequent first ("belarusian dictator"). */
  readonly topPhrases: readonly { readonly text: string; readonly count: number }[]
}

/** Framing load of one outlet in one period ("2024-12" by month, "2024" by year). */
export interface FramingPeriod {
  readonly period: string
  readonly articles: number
  readonly words: number
  /** Framing score in the period: the report's measure (`ArticleFraming.score`) over all its articles' words. */
  readonly score: number
  /** The outlet's own-voice spans per 1,000 words in the period (quoted spans are not its framing). */
  readonly ratePer1000Words: number
}

/** Framing in one outlet's headlines: counted apart from the body rates, since a headline is a dozen words. */
export interface HeadlineFramingProfile {
  /** Articles with a real headline (titles cut from a lead sentence are not counted). */
  readonly headlines: number
  /** Headlines with at least one framing span. */
  readonly loaded: number
  readonly spans: number
  /** Techniques in headlines, most frequent first, with their most frequent wordings. */
  readonly techniques: readonly Omit<TechniqueRate, 'ratePer1000Words'>[]
}

/** One outlet's framing over a corpus: per technique, and over time. */
export interface OutletFramingProfile {
  readonly outlet: string
  readonly articles: number
  readonly words: number
  /**
   * Framing score in the outlet's own voice, the report's measure (`ArticleFraming.score`): summed calibrated
   * span confidence per 100 words over all its articles. Outlets are ranked by it.
   */
  readonly score: number
  /** Spans in the outlet's own voice per 1,000 words; quoted spans are counted apart (`quotedSpans`). */
  readonly ratePer1000Words: number
  /** Spans inside the words the outlet quotes: the speakers' framing, not the outlet's. */
  readonly quotedSpans: number
  /** Techniques the outlet uses in its own voice, most frequent first. */
  readonly techniques: readonly TechniqueRate[]
  /** Periods in date order; articles without a date are left out of this list only. */
  readonly periods: readonly FramingPeriod[]
  /** Framing in the outlet's headlines (not in the body rates above). */
  readonly headlines: HeadlineFramingProfile
}
