import { looksLikeHtml } from '../ingest/bytes-to-document.js'
import type { CompareEntry } from '../web/index.js'
import type { ArticleInput } from './schemas.js'

/** The `/compare` form's boxes and uploaded files, in order, without the empty boxes. */
export async function compareFormEntries(form: FormData): Promise<CompareEntry[]> {
  const outlets = form.getAll('outlet')
  const entries: CompareEntry[] = []
  form.getAll('article').forEach((value, i) => {
    const outlet = outlets[i]
    if (typeof value === 'string' && value.trim() !== '') entries.push({ article: value, outlet: typeof outlet === 'string' ? outlet.trim() : '' })
  })
  for (const file of form.getAll('file')) {
    if (typeof file === 'string' || file.size === 0) continue
    entries.push({ article: await file.text(), outlet: '' })
  }
  return entries
}

/** One box as an article input: a lone http(s) URL is fetched; anything that opens like a page is HTML; else text. */
export function toArticleInput(entry: CompareEntry): ArticleInput {
  const trimmed = entry.article.trim()
  const outlet = entry.outlet === '' ? {} : { outlet: entry.outlet }
  if (/^https?:\/\/\S+$/i.test(trimmed)) return { url: trimmed, ...outlet }
  if (looksLikeHtml(trimmed)) return { html: entry.article, ...outlet }
  return { text: entry.article, ...outlet }
}

/** "Article 2: " for a zod issue under articles[1]. */
export function articleLabel(path: readonly PropertyKey[]): string {
  return typeof path[1] === 'number' ? `Article ${path[1] + 1}: ` : ''
}
