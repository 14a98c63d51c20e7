import { readInputs } from '../../ingest/index.js'
import type { RawDocument, Skipped } from '../../model/index.js'
import { detectLanguage } from '../../pipeline/clean/index.js'
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

/** Extracts one document; a text document passes through with its first line as the title. */
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
  const firstLine = raw.content.trimStart().split('\n', 1)[0]?.trim() ?? ''
  return {
    source: raw.source,
    ...(raw.url ? { url: raw.url } : {}),
    ...(chosenOutlet ? { outlet: chosenOutlet } : {}),
    title: raw.title ?? (firstLine.length <= MAX_TEXT_TITLE ? firstLine : ''),
    ...(raw.byline ? { byline: raw.byline } : {}),
    ...(given ? { publishedAt: given } : {}),
    language: detectLanguage(raw.content),
    text: raw.content,
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
