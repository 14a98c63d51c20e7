import { createHash } from 'node:crypto'
import type { AnalyzedArticle, Article, ExtractedHtml, FramingSpan, HtmlTitleField, OutletRegistry, RawDocument, Skipped, TitleSource } from '../model/index.js'
import { cleanText, detectLanguage, looksLikeProse, NOT_PROSE, readFrontMatter, type CleanedText } from './clean/index.js'
import { findEntities, loadGazetteer } from './entities/index.js'
import { dateFromUrl, extractHtml, normalizePublishedAt } from './extract/index.js'
import { attributeVoices, createFramingDetector } from './framing/index.js'
import { findQuotes, resolveReferents } from './quotes/index.js'
import { splitSentences } from './segment/index.js'
import { estimatePublishedAt } from './values/index.js'
import { memoizeByKey } from './memoize.js'
import { outletDisplayName } from './outlets/index.js'

export interface AnalyzeOptions {
  /** Article id; default a hash of source and text, stable across runs. */
  readonly id?: string
  /** Outlet name overriding everything inferred (`--outlet`). */
  readonly outlet?: string
  /** The user's outlet registry: an outlet it knows is named by its display name (see outletDisplayName). */
  readonly outletRegistry?: OutletRegistry
  /** Longest article text analysed, in characters (default DEFAULT_MAX_CHARS); a longer one is skipped as too large. */
  readonly maxChars?: number
}

/**
 * One million characters (a long book chapter; news articles are under 50,000) analyse in about 2 s and 300 MB on
 * one core. Analysis grows about linearly with the text (bench/long-text.bench.ts), but a text this long is rarely
 * an article, so larger texts are refused unless the user raises the limit (`--max-bytes`).
 */
export const DEFAULT_MAX_CHARS = 1_000_000

// Titles made from a first sentence are cut here, at a word boundary.
const MAX_DERIVED_TITLE = 120

/** The framing detector for a language, compiled once per process. */
export const framingDetector: (language: string) => (text: string) => FramingSpan[] = memoizeByKey((language: string) =>
  createFramingDetector({ language }),
)

/**
 * Runs the per-article stages in order: extract (HTML) → clean → segment → entities → quotes → framing.
 * A document that is not an article comes back as `Skipped` with the reason; nothing here throws on bad input.
 *
 * @example analyzeArticle({ source: 'a.txt', format: 'text', content: 'Headline\n\nBody text…' })
 */
export function analyzeArticle(document: RawDocument, options: AnalyzeOptions = {}): AnalyzedArticle | Skipped {
  // Plain text may open with YAML front-matter (outlet, date, URL, title): metadata, removed from the body.
  const front = readFrontMatter(document)
  if ('kind' in front) return front
  const raw = front.document
  let input = raw.content
  let meta: Partial<Omit<ExtractedHtml, 'text'>> & Pick<ExtractedHtml, 'captions'> = { captions: [] }
  if (raw.format === 'html') {
    const extracted = extractHtml(raw.content, raw.url ? { url: raw.url } : {})
    // extractHtml names a page by its URL, or "html": the user knows it by the source they gave.
    if ('kind' in extracted) return { ...extracted, source: raw.source }
    input = extracted.text
    // A page without any title has "" there: the cleaner may still find a headline line in its text.
    const { title, ...rest } = extracted
    meta = title === '' ? rest : extracted
  }
  const hint = raw.title ?? meta.title
  const cleaned = cleanText(input, { ...(hint === undefined ? {} : { title: hint }), bodyStart: front.bodyStart })
  if (!/\p{L}{2,}/u.test(cleaned.text)) {
    return { kind: 'skipped', source: raw.source, reason: 'not-an-article', message: `${raw.source}: no article text found` }
  }
  if (!looksLikeProse(cleaned.text)) {
    return { kind: 'skipped', source: raw.source, reason: 'not-an-article', message: `${raw.source}: ${NOT_PROSE}` }
  }
  const text = cleaned.text
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS
  if (text.length > maxChars) {
    const message = `${raw.source}: article text is ${text.length.toLocaleString('en')} characters, over the limit of ${maxChars.toLocaleString('en')} (--max-bytes N allows more; analysis takes about 2 s per million characters)`
    return { kind: 'skipped', source: raw.source, reason: 'too-large', message }
  }
  const language = meta.language ?? detectLanguage(text)
  const sentences = splitSentences(text)
  const gazetteer = loadGazetteer()
  const entities = findEntities(text, sentences, gazetteer, language)
  const referents = resolveReferents(text, sentences, entities.names, entities.descriptors, language)
  const id = options.id ?? createHash('sha256').update(`${raw.source}\n${text}`).digest('hex').slice(0, 12)
  const quotes = findQuotes(text, sentences, entities.names, referents, language).map((q) => ({ ...q, articleId: id }))
  // The quotes stage knows speakers and unmarked direct speech, which quotation marks alone do not.
  const framing = attributeVoices(framingDetector(language)(text), text, quotes)
  // The page's own date beats its container's: a WARC record or feed fetch carries the crawl date. A day in the
  // URL ("/2021/10/18/") is the outlet's own dating too, before any estimate from the text.
  // Every stated date goes through normalizePublishedAt: feeds, JSON Lines, front-matter and API clients give it as written.
  // A dateline printed at the top of the text is the outlet's dating too, after the page's and the container's.
  const dated = meta.publishedAt ?? raw.publishedAt ?? cleaned.publishedAt
  const statedDate = (dated === undefined ? undefined : normalizePublishedAt(dated)) ?? (raw.url === undefined ? undefined : dateFromUrl(raw.url))
  const estimatedDate = statedDate ? undefined : estimatePublishedAt(text, language)
  const byline = raw.byline ?? meta.byline ?? cleaned.byline
  const url = raw.url
  const article: Article = {
    id,
    source: raw.source,
    outlet: outletDisplayName(options.outletRegistry, options.outlet ?? raw.outlet ?? meta.siteName ?? outletFromSource(raw), url),
    ...titleOf(raw, meta, cleaned, () => deriveTitle(sentences[0]?.text ?? text)),
    ...(byline ? { byline } : {}),
    ...(statedDate ? { publishedAt: statedDate } : estimatedDate ? { publishedAt: estimatedDate, publishedAtEstimated: true } : {}),
    language,
    ...(url ? { url } : {}),
    text,
    captions: [...meta.captions, ...cleaned.captions],
    removed: cleaned.removed,
    sourceMap: cleaned.sourceMap,
  }
  return { article, sentences, mentions: entities.mentions, quotes, framing }
}

/** "https://www.example.com/a" → "example.com"; "/x/y/outlet-story.txt" → "outlet-story". */
export function outletFromSource(raw: RawDocument): string {
  const from = raw.url ?? raw.source
  // Every absolute URL has a scheme and its colon: a path without one ("pages/000001.txt") would only make URL
  // throw, and a thrown error per input was 4 % of preparing a plain-text file (issue 19).
  if (from.includes(':')) {
    try {
      const url = new URL(from)
      if (url.protocol === 'http:' || url.protocol === 'https:') return url.hostname.replace(/^www\./, '')
    } catch {
      // not a URL: a path
    }
  }
  const base = from.split(/[\\/]/).pop() ?? from
  return base.replace(/(\.html?|\.txt|\.gz)+$/i, '') || 'unknown'
}

/** The title and where it came from: given, then the page's metadata, then the input's headline line, then the lead. */
function titleOf(
  raw: RawDocument,
  meta: { readonly title?: string; readonly titleField?: HtmlTitleField },
  cleaned: CleanedText,
  lead: () => string,
): { title: string; titleSource: TitleSource } {
  if (raw.title !== undefined) return { title: raw.title, titleSource: { kind: 'given' } }
  if (meta.title !== undefined) return { title: meta.title, titleSource: { kind: 'html', field: meta.titleField ?? 'title' } }
  if (cleaned.title !== undefined && cleaned.titleAt) return { title: cleaned.title, titleSource: { kind: 'text', ...cleaned.titleAt } }
  // A one-line text is its own title and body: that title is the lead too.
  return { title: cleaned.title ?? lead(), titleSource: { kind: 'lead' } }
}

function deriveTitle(firstSentence: string): string {
  const clean = firstSentence.replace(/\s+/g, ' ').trim()
  if (clean.length <= MAX_DERIVED_TITLE) return clean
  const cut = clean.slice(0, MAX_DERIVED_TITLE)
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`
}
