import type { FramingSpan } from '../model/index.js'
import { countScoredWords, framingLoad, framingScore } from '../pipeline/framing/score-framing.js'
import type { ArticleView } from './build-report-view.js'

/** How many of an outlet's spans the ranking shows: the strongest, so a reader can check the score's basis. */
export const STRONGEST_SPANS = 3

/** One outlet in the story's framing ranking. */
export interface OutletFramingRank {
  readonly outlet: string
  /** The outlet's analysed articles in the story, in report order. */
  readonly articles: readonly ArticleView[]
  /** Framing in its own voice over all those articles: summed span confidence per 100 words (`ArticleFraming.score`). */
  readonly score: number
  /** Its own-voice spans of highest confidence, one per wording, at most STRONGEST_SPANS. */
  readonly strongest: readonly { readonly span: FramingSpan; readonly article: ArticleView }[]
}

/**
 * Ranks the story's outlets by framing in their own voice, the most first (ties keep report order); quoted
 * words are the speakers' and do not count. An outlet with several articles is scored over all of them.
 * Articles without a framing analysis are left out.
 */
export function rankOutletsByFraming(articles: readonly ArticleView[]): OutletFramingRank[] {
  const byOutlet = new Map<string, ArticleView[]>()
  for (const a of articles) {
    if (a.framing === undefined) continue
    const list = byOutlet.get(a.article.outlet) ?? []
    list.push(a)
    byOutlet.set(a.article.outlet, list)
  }
  const ranks = [...byOutlet].map(([outlet, own]): OutletFramingRank => {
    const score =
      own.length === 1
        ? own[0]!.framing!.score
        : framingScore(
            own.reduce((sum, a) => sum + framingLoad(a.framing!.spans), 0),
            own.reduce((sum, a) => sum + countScoredWords(a.article.text), 0),
          )
    return { outlet, articles: own, score, strongest: strongestSpans(own) }
  })
  return ranks.sort((x, y) => y.score - x.score)
}

function strongestSpans(articles: readonly ArticleView[]): OutletFramingRank['strongest'] {
  const candidates = articles.flatMap((article) => article.framing!.spans.filter((s) => s.voice.kind === 'outlet').map((span) => ({ span, article })))
  candidates.sort((x, y) => y.span.confidence - x.span.confidence || x.article.number - y.article.number || x.span.start - y.span.start)
  const seen = new Set<string>()
  const out: { span: FramingSpan; article: ArticleView }[] = []
  for (const c of candidates) {
    const wording = c.span.text.toLowerCase().replace(/\s+/g, ' ')
    if (seen.has(wording)) continue
    seen.add(wording)
    out.push(c)
    if (out.length === STRONGEST_SPANS) break
  }
  return out
}
