import type { Command } from 'commander'
import { addBriefWordsFlag } from '../brief-words-flag.js'
import { addInputFlags, type InputFlags } from '../input-flags.js'
import { addOutletsFlag } from '../load-outlet-registry.js'

interface CompareFlags extends InputFlags {
  readonly json?: boolean
  readonly md?: string
  readonly html?: string
  readonly color?: boolean
  readonly lang?: string
  readonly outlets?: string
  readonly briefWords?: string
}

/**
 * `parallax compare INPUT...`: how several outlets cover one story. The pipeline is imported when the command
 * runs, not when it is registered (help and usage errors load none of it).
 */
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
    const { loadReportBuilder } = await import('../load-report-builder.js')
    const buildReport = await loadReportBuilder()
    const report = await buildReport(inputs, flags)
    const { emitReport } = await import('../emit-report.js')
    await emitReport(report, flags)
  })
}
