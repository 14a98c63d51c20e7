import type { Command } from 'commander'
import { addInputFlags, type InputFlags } from '../input-flags.js'

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

/** `parallax extract INPUT... [--jsonl]`: the extraction stage alone, so it can be used and scored by itself. */
export function register(program: Command): void {
  const command = program
    .command('extract')
    .description('extract title, metadata and body text from pages, feeds, archives and URLs')
    .argument('<inputs...>', 'files, directories, URLs, feeds, WARC, JSON Lines, or - for stdin')
    .option('--jsonl', 'print one JSON object per document')
  addInputFlags(command).action(async (inputs: string[], flags: InputFlags & { jsonl?: boolean }) => {
    // Reading and extraction load when the command runs, not when it is registered.
    await (await import('./run-extract.js')).runExtract(inputs, flags)
  })
}
