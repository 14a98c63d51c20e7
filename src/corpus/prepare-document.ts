import type { RawDocument, Skipped, Span } from '../model/index.js'
import { articleFeatures, type ArticleFeatures } from '../pipeline/cluster/index.js'
import { contentHashOfNormalized, DuplicateIndex, normalizeForHash } from '../pipeline/dedupe/index.js'
import { dateFromUrl, extractHtml, normalizePublishedAt } from '../pipeline/extract/index.js'
import { cleanHeadline, detectLanguage, looksLikeProse, NOT_PROSE, readFrontMatter, withoutLines } from '../pipeline/clean/index.js'
import { scoreFraming } from '../pipeline/framing/index.js'
import { framingDetector, outletFromSource } from '../pipeline/index.js'
import type { NewArticle } from '../store/index.js'

/**
 * One input made ready for the corpus: extracted text and metadata, content hash, MinHash signature and grouping
 * features. Shared by `parallax ingest`, the HTTP API's POST /api/articles and the job queue's workers, so all
 * three store and group a document the same way.
 */
export interface Prepared {
  readonly raw: RawDocument
  readonly location: string
  readonly hash: string
  /** `text` through normalizeForHash, computed once for the hash, the shingles and the search index. */
  readonly normalized: string
  readonly title: string
  /** Framing load of `title` as a headline (scoreFraming); null when the title is cut from the text's start. */
  readonly headlineScore: number | null
  /** Whether `title` is the document's headline: false when it is cut from the text's start (no headline score). */
  readonly isHeadline: boolean
  readonly text: string
  readonly searchText: string
  readonly publishedAt: string | null
  readonly language: string
  /** Given, else the page's, else found in a plain text as compare finds it (cleanHeadline). Not stored: read for the wire credit. */
  readonly byline: string | undefined
  readonly sourceInfo: NewArticle['sourceInfo']
}

/** The text and metadata of one input, or why it has none. CPU only; runs outside the transaction. */
export function prepareDocument(given: RawDocument): Prepared | Skipped {
  const prepared = prepareText(given)
  if ('kind' in prepared) return prepared
  const language = languageOf(prepared)
  const { declaredLanguage: _, topLines: __, ...rest } = prepared
  return { ...rest, headlineScore: headlineScoreOf(prepared, language), language }
}

/** What {@link prepareDocument} reads before the language and the headline's framing score, the costly part of it. */
export interface PreparedText extends Omit<Prepared, 'language' | 'headlineScore'> {
  /** The language the page declares, else "und" (then detected from the text, see languageOf). */
  readonly declaredLanguage: string
  /**
   * A plain text's metadata lines at its top, which compare leaves out of the body it detects the language on
   * (its headline, datelines and bylines: cleanHeadline's topLines, offsets into `text`); absent when none.
   */
  readonly topLines?: readonly Span[]
}

/**
 * The language of a prepared text: the page's own, else detected. Plain text and undeclared pages: grouping reads
 * words through the language's lexicon. A plain text's is detected without its headline, datelines and bylines, as
 * compare (analyzeArticle) detects it on the cleaned body: a short Russian text under a headline with Ukrainian
 * function words ("у", "до") is ru, not uk.
 */
export function languageOf(prepared: PreparedText): string {
  if (prepared.declaredLanguage !== 'und') return prepared.declaredLanguage
  return detectLanguage(prepared.topLines === undefined ? prepared.text : withoutLines(prepared.text, prepared.topLines))
}

/** The framing score of a prepared text's headline in its language; null when it has none. */
export function headlineScoreOf(prepared: PreparedText, language: string): number | null {
  return prepared.isHeadline ? scoreFraming(framingDetector(language)(prepared.title), prepared.title) : null
}

/** {@link prepareDocument} but for its language and headline score. */
export function prepareText(given: RawDocument): PreparedText | Skipped {
  // Plain text may open with YAML front-matter: its outlet, date, URL and title, not body (see readFrontMatter).
  const front = readFrontMatter(given)
  if ('kind' in front) return front
  const raw = front.document
  let title = raw.title ?? ''
  let text = raw.content.slice(front.bodyStart)
  let publishedAt = raw.publishedAt
  let outlet = raw.outlet
  let language = 'und'
  let byline = raw.byline
  let topLines: readonly Span[] | undefined
  if (raw.format === 'html') {
    const extracted = extractHtml(raw.content, raw.url ? { url: raw.url } : {})
    if ('kind' in extracted) return { ...extracted, source: raw.source }
    title = raw.title ?? extracted.title
    text = extracted.text
    // The page's own date beats its container's (a WARC record's or a feed fetch's is the crawl's), as in analyzeArticle.
    publishedAt = extracted.publishedAt ?? publishedAt
    outlet ??= extracted.siteName
    language = extracted.language ?? language
    byline ??= extracted.byline
  } else {
    // Plain text: the headline as the cleaner recovers it ("NewsLukashenko highlights…" → "Lukashenko highlights…").
    // A one-line text's title is that line, its body too: no headline (no titleAt). A dateline at the top dates
    // it when nothing given does, and a byline line ("By Anna Nowak") names its author, as in analyzeArticle.
    const cleaned = cleanHeadline(text)
    if (title === '') title = cleaned.titleAt === undefined ? '' : (cleaned.title ?? '')
    publishedAt ??= cleaned.publishedAt
    byline ??= cleaned.byline
    topLines = cleaned.topLines
  }
  const isHeadline = title !== ''
  if (title === '') title = headlineFrom(text)
  // No date in the page or feed: the URL's ("/2021/10/18/"), so the article still takes part in time-aware grouping.
  if (publishedAt === undefined && raw.url !== undefined) publishedAt = dateFromUrl(raw.url)
  if (!/\p{L}{2,}/u.test(text)) return { kind: 'skipped', source: raw.source, reason: 'empty', message: 'no article text' }
  if (!looksLikeProse(text)) return { kind: 'skipped', source: raw.source, reason: 'not-an-article', message: NOT_PROSE }
  const location = raw.url ?? raw.source
  const normalized = normalizeForHash(text)
  // As stated, normalized (see normalizePublishedAt): a zone-less time is not turned into UTC with this machine's zone.
  const stated = publishedAt === undefined ? undefined : normalizePublishedAt(publishedAt)
  return {
    raw,
    location,
    hash: contentHashOfNormalized(normalized),
    normalized,
    title,
    isHeadline,
    text,
    searchText: `${normalizeForHash(title)} ${normalized}`,
    publishedAt: stated === undefined ? null : storedInstant(stated),
    declaredLanguage: language,
    ...(topLines === undefined ? {} : { topLines }),
    byline,
    sourceInfo: { location, source: raw.source, url: raw.url ?? null, outlet: outlet ?? outletFromSource(raw) },
  }
}

/**
 * The store orders stories and filters `--since` by this string, so a stated zone becomes UTC: "20:15+03:00" must sort
 * before "17:40Z". A date alone and a zone-less local time stay as stated (no instant to convert).
 */
function storedInstant(stated: string): string {
  return /T.*(?:Z|[+-]\d{2}:\d{2})$/.test(stated) ? new Date(stated).toISOString().replace('.000Z', 'Z') : stated
}

/** No headline given: the text's first 100 characters, cut at a word ("Belarusian dictator … at a meeting…"). */
function headlineFrom(text: string): string {
  const first = text.trim().split('\n')[0] ?? ''
  if (first.length <= 100) return first
  return `${first.slice(0, 100).replace(/\s+\S*$/, '')}…`
}

/** A prepared document with its MinHash signature and grouping features: all the per-document CPU work. */
export interface Ready extends Prepared {
  readonly signature: Uint32Array
  readonly features: ArticleFeatures
}

const minHasher = new DuplicateIndex()

/** Prepares one input completely; runs on the main thread or in a worker (the same code either way). */
export function readyDocument(raw: RawDocument): Ready | Skipped {
  const prepared = prepareDocument(raw)
  if ('kind' in prepared) return prepared
  return { ...prepared, signature: signatureOf(prepared), features: featuresOf(prepared, prepared.language) }
}

/**
 * {@link readyDocument} whose language, headline score, signature and features are made when first read (getters,
 * kept): ingest reads none of them for an exact copy of a document it already has (a rerun, a syndicated copy),
 * which then costs only its text and hash (issue 19). Spreading it reads them all.
 */
export function readyOnDemand(raw: RawDocument): Ready | Skipped {
  const prepared = prepareText(raw)
  return 'kind' in prepared ? prepared : onDemand(prepared)
}

/** A prepared text as {@link Ready}, its language, headline score, signature and features made when first read. */
export function onDemand(prepared: PreparedText): Ready {
  const { declaredLanguage: _, topLines: __, ...rest } = prepared
  let language: string | undefined
  let headlineScore: number | null | undefined
  let signature: Uint32Array | undefined
  let features: ArticleFeatures | undefined
  const languageNow = () => (language ??= languageOf(prepared))
  return {
    ...rest,
    get headlineScore() {
      if (headlineScore === undefined) headlineScore = headlineScoreOf(prepared, languageNow())
      return headlineScore
    },
    get language() {
      return languageNow()
    },
    get signature() {
      return (signature ??= signatureOf(prepared))
    },
    get features() {
      return (features ??= featuresOf(prepared, languageNow()))
    },
  }
}

function signatureOf(prepared: Pick<Prepared, 'normalized'>): Uint32Array {
  return minHasher.signatureOfNormalized(prepared.normalized)
}

function featuresOf(prepared: Pick<Prepared, 'title' | 'text' | 'publishedAt'>, language: string): ArticleFeatures {
  const publishedAt = prepared.publishedAt === null ? {} : { publishedAt: prepared.publishedAt }
  return articleFeatures({ title: prepared.title, text: prepared.text, language, ...publishedAt })
}
