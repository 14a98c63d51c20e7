import type { Command } from 'commander'
import { readInputs } from '../../ingest/index.js'
import type { RawDocument, Skipped } from '../../model/index.js'
import { detectLanguage } from '../../pipeline/clean/index.js'
import { extractHtml, normalizePublishedAt } from '../../pipeline/extract/index.js'
import { addInputFlags, readOptionsFrom, type InputFlags } from '../input-flags.js'

/** One extracted document as `parallax extract --jsonl` prints it. */
export interface ExtractLine {
  readonly source: string
  readonly url?: string
  readonly outlet?: string
  readonly title: string
  readonly byline?: string
  readonly publishedAt?: string
  /** BCP-47 primary subtag from the page, else detected from the text; "und" when unknown. */
  readonly language: string
  readonly text: string
}

/** Text titles longer than this are a first paragraph, not a headline; 200 characters is two headline lengths. */
const MAX_TEXT_TITLE = 200

/** `parallax extract INPUT... [--jsonl]`: the extraction stage alone, so it can be used and scored by itself. */
export function register(program: Command): void {
  const command = program
    .command('extract')
    .description('extract title, metadata and body text from pages, feeds, archives and URLs')
    .argument('<inputs...>', 'files, directories, URLs, feeds, WARC, JSON Lines, or - for stdin')
    .option('--jsonl', 'print one JSON object per document')
  addInputFlags(command).action(async (inputs: string[], flags: InputFlags & { jsonl?: boolean }) => {
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
  })
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
