import type { FramingSpan, FramingTechnique } from '../../model/index.js'
import type { FramingPeriod, HeadlineFramingProfile, OutletFramingProfile, TechniqueRate } from '../../model/framing-profile.js'
import { pushTo } from '../push-to.js'
import { compareText } from '../text/index.js'
import { countScoredWords, framingLoad, framingScore } from './score-framing.js'

/** One analysed article, as the profile needs it. */
export interface ProfileArticle {
  readonly outlet: string
  /** ISO 8601 date or date-time, when known. */
  readonly publishedAt?: string
  readonly text: string
  readonly spans: readonly FramingSpan[]
  /** Framing spans of the article's headline; absent when its title is not a headline (cut from the lead). */
  readonly headlineSpans?: readonly FramingSpan[]
}

export interface ProfileOptions {
  /** Wordings listed per technique; default 5. */
  readonly topPhrases?: number
  /** Period length for the trend; default 'month'. */
  readonly period?: 'month' | 'year'
}

/**
 * Per-outlet framing profile over a corpus, in the outlet's own voice: its framing score (the report's measure:
 * summed span confidence per 100 words) overall and per month (or year), and the rate of each technique per 1,000
 * words with its most frequent wordings; quoted spans counted apart. Outlets come back sorted by name.
 * @example profileOutlets([{ outlet: 'A', text, spans }])[0]?.techniques[0]  // { technique: 'name-calling', ratePer1000Words: 8.3, ... }
 */
export function profileOutlets(articles: readonly ProfileArticle[], options: ProfileOptions = {}): OutletFramingProfile[] {
  const top = options.topPhrases ?? 5
  const periodLength = options.period === 'year' ? 4 : 7
  const byOutlet = new Map<string, ProfileArticle[]>()
  for (const article of articles) pushTo(byOutlet, article.outlet, article)
  return [...byOutlet.keys()].sort().map((outlet) => {
    const own = byOutlet.get(outlet)!
    let words = 0
    let spans = 0
    let load = 0
    const techniques = new Map<FramingTechnique, Map<string, number>>()
    const headlineTechniques = new Map<FramingTechnique, Map<string, number>>()
    const headlines = { headlines: 0, loaded: 0, spans: 0 }
    const periods = new Map<string, { articles: number; words: number; spans: number; load: number }>()
    let quotedSpans = 0
    for (const article of own) {
      const n = countScoredWords(article.text)
      // The outlet's own voice only: loaded words it quotes are the speaker's (counted apart).
      const ownSpans = article.spans.filter((s) => s.voice.kind === 'outlet')
      const ownLoad = framingLoad(ownSpans)
      quotedSpans += article.spans.length - ownSpans.length
      words += n
      spans += ownSpans.length
      load += ownLoad
      countPhrases(techniques, ownSpans)
      if (article.headlineSpans !== undefined) {
        headlines.headlines += 1
        headlines.loaded += article.headlineSpans.length > 0 ? 1 : 0
        headlines.spans += article.headlineSpans.length
        countPhrases(headlineTechniques, article.headlineSpans)
      }
      const period = article.publishedAt?.slice(0, periodLength)
      if (period === undefined || !/^\d{4}(-\d{2})?$/u.test(period)) continue
      const entry = periods.get(period) ?? { articles: 0, words: 0, spans: 0, load: 0 }
      periods.set(period, { articles: entry.articles + 1, words: entry.words + n, spans: entry.spans + ownSpans.length, load: entry.load + ownLoad })
    }
    const rates: TechniqueRate[] = techniqueCounts(techniques, top).map((t) => ({ ...t, ratePer1000Words: perThousand(t.spans, words) }))
    const headlineProfile: HeadlineFramingProfile = { ...headlines, techniques: techniqueCounts(headlineTechniques, top) }
    const trend: FramingPeriod[] = [...periods.keys()].sort().map((period) => {
      const p = periods.get(period)!
      return { period, articles: p.articles, words: p.words, score: framingScore(p.load, p.words), ratePer1000Words: perThousand(p.spans, p.words) }
    })
    return {
      outlet,
      articles: own.length,
      words,
      score: framingScore(load, words),
      ratePer1000Words: perThousand(spans, words),
      quotedSpans,
      techniques: rates,
      periods: trend,
      headlines: headlineProfile,
    }
  })
}

function countPhrases(techniques: Map<FramingTechnique, Map<string, number>>, spans: readonly FramingSpan[]): void {
  for (const span of spans) {
    const phrases = techniques.get(span.technique) ?? new Map<string, number>()
    const phrase = span.text.toLowerCase().replace(/\s+/gu, ' ')
    phrases.set(phrase, (phrases.get(phrase) ?? 0) + 1)
    techniques.set(span.technique, phrases)
  }
}

/** Per technique: span count and the most frequent wordings; most frequent technique first. */
function techniqueCounts(techniques: ReadonlyMap<FramingTechnique, ReadonlyMap<string, number>>, top: number): Omit<TechniqueRate, 'ratePer1000Words'>[] {
  const counts = [...techniques].map(([technique, phrases]) => {
    const count = [...phrases.values()].reduce((a, b) => a + b, 0)
    const topPhrases = [...phrases]
      .sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))
      .slice(0, top)
      .map(([text, c]) => ({ text, count: c }))
    return { technique, spans: count, topPhrases }
  })
  return counts.sort((a, b) => b.spans - a.spans || compareText(a.technique, b.technique))
}

function perThousand(count: number, words: number): number {
  return words === 0 ? 0 : Math.round((count / words) * 1000 * 100) / 100
}
