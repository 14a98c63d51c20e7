import { readInputs } from '../../ingest/index.js'
import type { RawDocument, Skipped, Span } from '../../model/index.js'
import { cleanHeadline, detectLanguage } from '../../pipeline/clean/index.js'
import { extractHtml, normalizePublishedAt } from '../../pipeline/extract/index.js'
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
 * Extracts one document. A text document passes through but for the datelines at its top, read as compare and
 * ingest read them (cleanHeadline): never the title, not body, and they date it when nothing given does. Its title
 * is the headline line the cleaner recovers, else its first line.
 */
export function extractDocument(raw: RawDocument, outlet?: string): ExtractLine | Skipped {
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
  const cleaned = cleanHeadline(raw.content)
  const text = cutLines(raw.content, cleaned.datelines ?? [])
  const firstLine = text.trimStart().split('\n', 1)[0]?.trim() ?? ''
  // As in analyzeArticle: the date given (feed, JSON Lines) before the dateline's, either as normalizePublishedAt reads it.
  const dated = raw.publishedAt ?? cleaned.publishedAt
  const publishedAt = dated === undefined ? undefined : normalizePublishedAt(dated)
  return {
    source: raw.source,
    ...(raw.url ? { url: raw.url } : {}),
    ...(chosenOutlet ? { outlet: chosenOutlet } : {}),
    title: raw.title ?? cleaned.title ?? (firstLine.length <= MAX_TEXT_TITLE ? firstLine : ''),
    ...(raw.byline ? { byline: raw.byline } : {}),
    ...(publishedAt ? { publishedAt } : {}),
    language: detectLanguage(text),
    text,
  }
}

/**
 * `input` without the given lines (spans of whole trimmed lines, in order): each goes with the blank space around it,
 * and the text on either side becomes two paragraphs, as a dateline between a headline and its body parts them.
 * @example cutLines('Friday, June 7, 2013\nTitle\nBody.', [{ start: 0, end: 20 }]) // "Title\nBody."
 */
function cutLines(input: string, lines: readonly Span[]): string {
  if (lines.length === 0) return input
  let text = ''
  let from = 0
  for (const line of lines) {
    const before = input.slice(from, line.start).trimEnd()
    text += before
    from = line.end
    // The next line's start, past the blank space after this one.
    while (from < input.length && /\s/.test(input[from]!)) from++
    if (text.trim() !== '' && from < input.length && !lines.some((l) => l.start === from)) text += '\n\n'
  }
  return text + input.slice(from)
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
