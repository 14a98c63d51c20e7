import type { RawDocument, Skipped } from '../model/index.js'
import { skip } from './skip.js'

/**
 * A "text" document that is really data (XML that is not a feed, such as a sitemap; JSON that is not a
 * JSON Feed) is not an article: analysing it would report tags and keys as prose. Feeds are read before this.
 */
export function rejectDataFormats(document: RawDocument): Skipped | undefined {
  if (document.format !== 'text') return undefined
  const head = document.content.trimStart().slice(0, 256)
  if (/^<\?xml\b/i.test(head) || /^<(urlset|sitemapindex|rdf:RDF)\b/i.test(head)) {
    return skip(document.source, 'not-an-article', 'XML that is neither a feed nor a web page (a sitemap?)')
  }
  if (/^[[{]/.test(head) && isJson(document.content)) return skip(document.source, 'not-an-article', 'JSON that is not a JSON Feed')
  return undefined
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}
