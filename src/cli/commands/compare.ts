import { writeFile } from 'node:fs/promises'
import type { Command } from 'commander'
import { AppError, type CoverageReport } from '../../model/index.js'
import { compareCoverage } from '../../pipeline/index.js'
import { renderHtml, renderMarkdown, renderTerminal } from '../../report/index.js'
import { describeSkipped, loadArticles, nothingAnalysed } from '../load-articles.js'
import { addInputFlags, readOptionsFrom, type InputFlags } from '../input-flags.js'
import { addOutletsFlag, loadOutletRegistry } from '../load-outlet-registry.js'
import { addBriefWordsFlag, parseBriefWords } from '../brief-words-flag.js'

interface CompareFlags extends InputFlags {
  readonly json?: boolean
  readonly md?: string
  readonly html?: string
  readonly color?: boolean
  readonly lang?: string
  readonly outlets?: string
  readonly briefWords?: string
}

/** `parallax compare INPUT...`: how several outlets cover one story. */
export function register(program: Command): void {
  const command = program
    .command('compare')
    .description('compare how several articles cover one story')
    .argument('<inputs...>', 'article files (text or HTML), directories, URLs, feeds, WARC files, or - for stdin')
    .option('--json', 'print the JSON report (schema/report.schema.json) instead of the terminal report')
    .option('--md <file>', 'write a Markdown report to FILE (- for stdout)')
    .option('--html <file>', 'write a self-contained HTML report to FILE (- for stdout)')
    .option('--no-color', 'plain terminal output')
    .option('--lang <code>', 'language the facts and brief are shown in when an outlet wrote in it (en, uk, ru, pl, be, cs, de)', 'en')
  addBriefWordsFlag(addOutletsFlag(addInputFlags(command))).action(async (inputs: string[], flags: CompareFlags) => {
    const report = await buildReport(inputs, flags)
    await emit(report, flags)
  })
}

/** Shared by `compare` and `analyze`: read, analyse, compare; errors only when nothing could be analysed. */
export async function buildReport(
  inputs: readonly string[],
  flags: InputFlags & { readonly lang?: string; readonly outlets?: string; readonly briefWords?: string },
  options: { readonly isSingle?: boolean } = {},
): Promise<CoverageReport> {
  // A usage error is reported before any input is read or analysed.
  const language = flags.lang ?? 'en'
  if (!/^[a-z]{2,3}$/.test(language)) throw new AppError('invalid_input', `--lang must be a language code such as en, uk, ru, pl (got "${language}")`)
  const briefWords = parseBriefWords(flags.briefWords)
  const outletRegistry = await loadOutletRegistry(flags.outlets)
  const { analyzed, skipped } = await loadArticles(inputs, { ...readOptionsFrom(flags), ...(outletRegistry ? { outletRegistry } : {}) })
  process.stderr.write(describeSkipped(skipped))
  if (analyzed.length === 0) {
    // Exit 1, not 2 (usage): the command was right, the inputs were not articles (README, CLI reference).
    throw new AppError('not_found', nothingAnalysed(skipped))
  }
  // A feed, WARC or JSON Lines file given to analyze may hold several articles: say so rather than compare them.
  if (options.isSingle && analyzed.length > 1) {
    throw new AppError('invalid_input', `analyze reads one article and ${inputs[0]} holds ${analyzed.length}: use \`parallax compare ${inputs[0]}\``)
  }
  if (analyzed.length === 1 && !options.isSingle) {
    process.stderr.write('parallax: only one article could be analysed; the report shows it alone (compare needs two or more)\n')
  }
  const report = compareCoverage(analyzed, { language, ...(outletRegistry ? { outletRegistry } : {}), ...(briefWords ? { briefWords } : {}) })
  return { ...report, skipped: skipped.map((s) => ({ source: s.source, reason: s.reason, message: s.message })) }
}

export async function emit(report: CoverageReport, flags: { json?: boolean; md?: string; html?: string; color?: boolean }): Promise<void> {
  if (flags.md) await writeOut(flags.md, renderMarkdown(report))
  if (flags.html) await writeOut(flags.html, renderHtml(report))
  if (flags.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`)
  else if (!flags.md && !flags.html) {
    const color = flags.color !== false && process.stdout.isTTY === true && !process.env['NO_COLOR']
    process.stdout.write(renderTerminal(report, { color, width: process.stdout.columns ?? 100 }))
  }
}

async function writeOut(path: string, content: string): Promise<void> {
  if (path === '-') {
    process.stdout.write(content)
    return
  }
  try {
    await writeFile(path, content)
  } catch (error) {
    throw new AppError('invalid_input', `cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, { cause: error })
  }
  process.stderr.write(`wrote ${path}\n`)
}
