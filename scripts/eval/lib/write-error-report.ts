import { mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { count } from './format.js'
import { sample } from './sample.js'

/**
 * Writes every error of each kind to `<tmp>/parallax-eval/<name>-errors.txt` (one entry per line, indented lines
 * belong to the entry above) and prints N evenly spaced entries of each kind to stderr, then the file's path.
 * Example: `writeErrorReport('facts', { 'missed pairs': ['…'] }, 10)`.
 */
export function writeErrorReport(name: string, errors: Readonly<Record<string, readonly string[]>>, n: number): string {
  const dir = join(tmpdir(), 'parallax-eval')
  mkdirSync(dir, { recursive: true })
  const path = join(dir, `${name}-errors.txt`)
  const section = (kind: string, lines: readonly string[]): string => `## ${kind} (${count(lines.length)})\n\n${lines.join('\n')}\n`
  writeFileSync(path, Object.entries(errors).map(([kind, lines]) => section(kind, lines)).join('\n'))
  for (const [kind, lines] of Object.entries(errors)) {
    process.stderr.write(`\n${kind} (${count(lines.length)}):\n`)
    for (const line of sample(lines, n)) process.stderr.write(`  ${line.replaceAll('\n', '\n  ')}\n`)
  }
  process.stderr.write(`\nall of them: ${path}\n`)
  return path
}
