import type { Article, Headline, HeadlineFramingSpan, TitleSpan } from '../../model/index.js'
import { scoreFraming } from '../framing/index.js'
import { pushTo } from '../push-to.js'
import { unsharedWording } from './unshared-wording.js'

/** One article with the framing spans of its headline (undefined: the title is not a headline). */
export interface HeadlineInput {
  readonly article: Pick<Article, 'id' | 'outlet' | 'title' | 'titleSource' | 'language'>
  readonly framing: readonly HeadlineFramingSpan[] | undefined
}

/**
 * The headlines of a story side by side: each with its framing load and the wording no other headline in its
 * language shares (headlines in other languages share no words to compare). Titles cut from a lead sentence are
 * left out. Article order is kept.
 *
 * @example compareHeadlines([a, b]).map((h) => h.differences.map((d) => d.text))  // [['protects cops'], ['sides with police']]
 */
export function compareHeadlines(inputs: readonly HeadlineInput[]): Headline[] {
  const headlines = inputs.filter((i): i is HeadlineInput & { framing: readonly HeadlineFramingSpan[] } => i.framing !== undefined)
  const byLanguage = new Map<string, number[]>()
  for (const [index, { article }] of headlines.entries()) pushTo(byLanguage, article.language, index)
  const differences: TitleSpan[][] = headlines.map(() => [])
  for (const indices of byLanguage.values()) {
    const unshared = unsharedWording(indices.map((i) => headlines[i]!.article.title))
    for (const [k, i] of indices.entries()) {
      const { title, titleSource } = headlines[i]!.article
      differences[i] = (unshared[k] ?? []).map(({ start, end }) => ({
        start,
        end,
        text: title.slice(start, end),
        ...(titleSource.kind === 'text' ? { input: { start: titleSource.start + start, end: titleSource.start + end } } : {}),
      }))
    }
  }
  return headlines.map(({ article, framing }, i) => ({
    articleId: article.id,
    outlet: article.outlet,
    text: article.title,
    language: article.language,
    source: article.titleSource,
    score: scoreFraming(framing, article.title),
    framing,
    differences: differences[i] ?? [],
  }))
}
