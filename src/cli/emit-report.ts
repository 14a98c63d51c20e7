import { writeFile } from 'node:fs/promises'
import { AppError, type CoverageReport } from '../model/index.js'

/**
 * Prints or writes a report as the flags ask (`--json`, `--md FILE`, `--html FILE`, else the terminal view). Each
 * renderer is imported when asked for, not through report/index.js, which loads them all (the HTML one brings
 * Hono's JSX): `--json` loads none.
 */
export async function emitReport(report: CoverageReport, flags: { json?: boolean; md?: string; html?: string; color?: boolean }): Promise<void> {
  if (flags.md) await writeOut(flags.md, (await import('../report/render-markdown.js')).renderMarkdown(report))
  if (flags.html) await writeOut(flags.html, (await import('../report/render-html.js')).renderHtml(report))
  if (flags.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`)
  else if (!flags.md && !flags.html) {
    const color = flags.color !== false && process.stdout.isTTY === true && !process.env['NO_COLOR']
    const { renderTerminal } = await import('../report/render-terminal.js')
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
