import { readInputs } from '../../ingest/index.js'
import type { RawDocument, Skipped } from '../../model/index.js'
import { cleanText, detectLanguage, readFrontMatter } from '../../pipeline/clean/index.js'
import { dateFromUrl, extractHtml, normalizePublishedAt } from '../../pipeline/extract/index.js'
import { readOptionsFrom, type InputFlags } from '../input-flags.js'
import type { ExtractLine } from './extract.js'

/** Text titles longer than this are a first paragraph, not a headline; 200 characters is two headline lengths. */
const MAX_TEXT_TITLE = 200

/** `parallax extract INPUT...`: each document's extraction on stdout, skipped inputs and a summary on stderr. */
export async function runExtract(inputs: readonly string[], flags: InputFlags & { jsonl?: boolean }): Promise<void> {
  const { outlets, ...options } = readOptionsFrom(flags)
  const skipped: Skipped[] = []
  let extracted = 0
  let documents = 0
  for await (const item of readInputs(inputs, options)) {
    // `--outlet` names apply to the documents read, in order (as in compare and analyze)
    const line = 'kind' in item ? item : extractDocument(item, outlets?.[documents++])
    if ('kind' in line) {
      skipped.push(line)
      process.stderr.write(`skipped ${line.source} (${line.reason}): ${line.message}\n`)
      continue
    }
    extracted++
    process.stdout.write(flags.jsonl ? `${JSON.stringify(line)}\n` : formatPlain(line))
  }
  process.stderr.write(summary(extracted, skipped))
  if (extracted === 0) process.exitCode = 1
}

/**
 * Extracts one document. An HTML page goes through the extractor. A plain text is read as compare reads it
 * (analyzeArticle): its YAML front-matter first (outlet, title, date, url, byline: readFrontMatter), then the body
 * through cleanText, which recovers the headline, the byline and the datelines at the top and removes them with the
 * page furniture. Its text is the body compare analyses, and its language is detected on that body, as in compare.
 * What is given (JSON Lines, front-matter, `--outlet`) beats what is read from the text; a text without a headline
 * line is titled by its first line, when that is short enough to be one.
 */
export function extractDocument(document: RawDocument, outlet?: string): ExtractLine | Skipped {
  // Front-matter that cannot be read (a date that is no date) skips the document, as in compare and ingest.
  const front = readFrontMatter(document)
  if ('kind' in front) return front
  const raw = front.document
  const chosenOutlet = outlet ?? raw.outlet
  const given = raw.publishedAt === undefined ? undefined : normalizePublishedAt(raw.publishedAt)
  if (raw.format === 'html') {
    const result = extractHtml(raw.content, raw.url ? { url: raw.url } : {})
    if ('kind' in result) return { ...result, source: raw.source }
    const byline = raw.byline ?? result.byline
    const publishedAt = given ?? result.publishedAt
    const siteOutlet = chosenOutlet ?? result.siteName
    return {
      source: raw.source,
      ...(raw.url ? { url: raw.url } : result.canonicalUrl ? { url: result.canonicalUrl } : {}),
      ...(siteOutlet ? { outlet: siteOutlet } : {}),
      title: raw.title ?? result.title,
      ...(byline ? { byline } : {}),
      ...(publishedAt ? { publishedAt } : {}),
      language: result.language ?? detectLanguage(result.text),
      text: result.text,
    }
  }
  // As analyzeArticle reads a plain text: the given title is the cleaner's hint, the front-matter is no body.
  const cleaned = cleanText(raw.content, { ...(raw.title === undefined ? {} : { title: raw.title }), bodyStart: front.bodyStart })
  const text = cleaned.text
  const firstLine = text.split('\n', 1)[0]?.trim() ?? ''
  const byline = raw.byline ?? cleaned.byline
  // As in analyzeArticle: the date given (feed, JSON Lines, front-matter) before the dateline's, either as
  // normalizePublishedAt reads it, else the day in the URL ("/2024/12/06/"), as compare and ingest date it.
  const dated = raw.publishedAt ?? cleaned.publishedAt
  const publishedAt = (dated === undefined ? undefined : normalizePublishedAt(dated)) ?? (raw.url === undefined ? undefined : dateFromUrl(raw.url))
  return {
    source: raw.source,
    ...(raw.url ? { url: raw.url } : {}),
    ...(chosenOutlet ? { outlet: chosenOutlet } : {}),
    title: raw.title ?? cleaned.title ?? (firstLine.length <= MAX_TEXT_TITLE ? firstLine : ''),
    ...(byline ? { byline } : {}),
    ...(publishedAt ? { publishedAt } : {}),
    language: detectLanguage(text),
    text,
  }
}

function formatPlain(line: ExtractLine): string {
  const meta = [line.outlet, line.byline, line.publishedAt, line.language, line.url].filter(Boolean).join(' · ')
  return `# ${line.title || '(untitled)'}\n${line.source}${meta ? ` · ${meta}` : ''}\n\n${line.text}\n\n`
}

/** "extracted 3 documents; skipped 2 (1 binary, 1 not-an-article)". */
function summary(extracted: number, skipped: readonly Skipped[]): string {
  const reasons = new Map<string, number>()
  for (const item of skipped) reasons.set(item.reason, (reasons.get(item.reason) ?? 0) + 1)
  const detail = [...reasons].map(([reason, n]) => `${n} ${reason}`).join(', ')
  return `extracted ${extracted} document${extracted === 1 ? '' : 's'}${skipped.length ? `; skipped ${skipped.length} (${detail})` : ''}\n`
}
