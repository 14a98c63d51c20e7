import { statSync } from 'node:fs'
import type { Command } from 'commander'
import { AppError } from '../../model/index.js'
import { addInputFlags, type InputFlags } from '../input-flags.js'
import { addOutletsFlag } from '../load-outlet-registry.js'
import { addBriefWordsFlag } from '../brief-words-flag.js'

/** `parallax analyze INPUT`: one article alone (cleaned text, entities, quotes, framing), same report shape. */
export function register(program: Command): void {
  const command = program
    .command('analyze')
    .description('analyse one article alone: cleaned text, entities, quotes, framing')
    .argument('<input>', 'an article file (text or HTML), a URL, or - for stdin')
    .option('--json', 'print the JSON report')
    .option('--md <file>', 'write a Markdown report to FILE (- for stdout)')
    .option('--html <file>', 'write a self-contained HTML report to FILE (- for stdout)')
    .option('--no-color', 'plain terminal output')
  addBriefWordsFlag(addOutletsFlag(addInputFlags(command))).action(async (input: string, flags: InputFlags & { json?: boolean; md?: string; html?: string; color?: boolean; outlets?: string; briefWords?: string }) => {
    // One article: a directory holds many, and comparing them is compare's (or ingest's) job, not analyze's.
    if (statSync(input, { throwIfNoEntry: false })?.isDirectory()) {
      throw new AppError('invalid_input', `analyze reads one article and ${input} is a directory: use \`parallax compare ${input}\` or \`parallax ingest ${input}\``)
    }
    const { loadReportBuilder } = await import('../load-report-builder.js')
    const buildReport = await loadReportBuilder()
    const report = await buildReport([input], flags, { isSingle: true })
    const { emitReport } = await import('../emit-report.js')
    await emitReport(report, flags)
  })
}
