// `parallax compare` on the seed pair, run as a user runs it: the built bin/parallax.js in a child process.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { CoverageReport } from '../../src/model/index.js'
import { buildCli, runCli, SEED_A, SEED_B, type CliResult } from './built-cli.js'
import { invariantErrors, schemaErrors, STACK_FRAME } from './report-checks.js'

const TITLE_B = 'Lukashenko highlights NATO threat, seeks missile support from Putin'
const OUTLET_A = '000_ab4b00356de3292d'
const OUTLET_B = '002_5f50d3ae80105f63'

let bin = ''
let json: CliResult
let report: CoverageReport
const out = mkdtempSync(join(tmpdir(), 'parallax-cli-compare-'))

beforeAll(() => {
  bin = buildCli()
  json = runCli(bin, ['compare', SEED_A, SEED_B, '--json'])
  report = JSON.parse(json.stdout) as CoverageReport
}, 240_000)
afterAll(() => rmSync(out, { recursive: true, force: true }))

/** A brief sentence citing both seeds whose text survives escaping unchanged (letters, digits, spaces, , . -). */
function plainSharedBriefSentence(): string {
  const sentence = report.brief.find((s) => s.articleIds.join() === 'a1,a2' && /^[\p{L}\d ,.-]+$/u.test(s.text))
  expect(sentence, 'no plain brief sentence citing both seeds').toBeDefined()
  return sentence?.text ?? ''
}

describe('parallax compare SEED_A SEED_B', () => {
  test('--json: exit 0, nothing on stderr, a report that validates against schema/report.schema.json', () => {
    expect(json.code).toBe(0)
    expect(json.stderr).toBe('')
    expect(schemaErrors(report)).toEqual([])
    expect(report.version).toBe(1)
    expect(report.skipped).toEqual([])
  })

  test('--json: the two seeds in input order, with their outlets, titles and byline', () => {
    expect(report.articles.map((a) => [a.id, a.source, a.outlet])).toEqual([
      ['a1', SEED_A, OUTLET_A],
      ['a2', SEED_B, OUTLET_B],
    ])
    expect(report.articles[1]?.title).toBe(TITLE_B)
    expect(report.articles[1]?.byline).toBe('Adam Zygiel')
    expect(report.articles.map((a) => a.language)).toEqual(['en', 'en'])
  })

  test('--json: every offset and reference holds as docs/REPORT.md says', () => {
    expect(invariantErrors(report, (source) => readFileSync(source, 'utf8'))).toEqual([])
  })

  test('--json: findings across the pair (shared facts, the Lukashenko entity across articles, a cited brief)', () => {
    expect(report.facts.filter((f) => f.articleIds.length === 2).length).toBeGreaterThanOrEqual(6)
    const lukashenko = report.entities.find((e) => e.variants.includes('Lukashenko'))
    expect(new Set(lukashenko?.mentions.map((m) => m.articleId))).toEqual(new Set(['a1', 'a2']))
    expect(report.brief.some((s) => s.articleIds.join() === 'a1,a2' && !s.singleSource)).toBe(true)
    expect(report.brief.some((s) => s.singleSource)).toBe(true)
  })

  test('--outlet names the inputs in order', () => {
    const named = runCli(bin, ['compare', SEED_A, SEED_B, '--json', '--outlet', 'Alpha', '--outlet', 'Beta'])
    expect(named.code).toBe(0)
    expect((JSON.parse(named.stdout) as CoverageReport).articles.map((a) => a.outlet)).toEqual(['Alpha', 'Beta'])
  })

  test('terminal report: plain text when stdout is not a terminal, with the titles and the brief', () => {
    const plain = runCli(bin, ['compare', SEED_A, SEED_B])
    expect(plain.code).toBe(0)
    expect(plain.stderr).toBe('')
    expect(plain.stdout).not.toContain('\u001b[')
    expect(plain.stdout).toMatch(/^PARALLAX {2}2 articles · \d+ facts/)
    expect(plain.stdout).toContain(`[2] ${OUTLET_B} — ${TITLE_B}`)
    expect(plain.stdout).toContain('BRIEF')
  })

  test('--md FILE writes the Markdown report there and nothing to stdout', () => {
    const file = join(out, 'report.md')
    const md = runCli(bin, ['compare', SEED_A, SEED_B, '--md', file])
    expect(md.code).toBe(0)
    expect(md.stdout).toBe('')
    expect(md.stderr).toBe(`wrote ${file}\n`)
    const text = readFileSync(file, 'utf8')
    expect(text.startsWith('# Coverage report: 2 articles\n')).toBe(true)
    expect(text).toContain(`| 2 | 002\\_5f50d3ae80105f63 | ${TITLE_B} | Adam Zygiel |`)
    expect(text).toContain(`- ${plainSharedBriefSentence()} \\[1\\]\\[2\\]\n`)
    // A fact one outlet alone reports is marked with that outlet (which one the brief picks is its selection's call).
    expect(text).toMatch(/\\\[([12])\\\] \*\(single source: 00[02]\\_[0-9a-f]{16}\)\*/)
  })

  test('--html FILE writes one self-contained page whose brief citations link to passages in it', () => {
    const file = join(out, 'report.html')
    const html = runCli(bin, ['compare', SEED_A, SEED_B, '--html', file])
    expect(html.code).toBe(0)
    expect(html.stdout).toBe('')
    expect(html.stderr).toBe(`wrote ${file}\n`)
    const page = readFileSync(file, 'utf8')
    expect(page.startsWith('<!doctype html>')).toBe(true)
    expect(page).toContain(TITLE_B)
    // Self-contained: nothing loaded from elsewhere, no script.
    expect(page).not.toMatch(/<script|<link[^>]+stylesheet|(src|href)="https?:/i)
    const cite = (n: number, outlet: string): string => `<a class="cite" href="#(s\\d+)"[^>]* aria-label="article ${n}, ${outlet}">\\[${n}\\]</a>`
    const line = page.match(new RegExp(`${plainSharedBriefSentence()} ${cite(1, OUTLET_A)}${cite(2, OUTLET_B)}`))
    expect(line).not.toBeNull()
    for (const anchor of [line?.[1], line?.[2]]) expect(page).toContain(`id="${anchor}"`)
  })

  test('--md - and --html - print to stdout', () => {
    const md = runCli(bin, ['compare', SEED_A, SEED_B, '--md', '-'])
    expect(md.code).toBe(0)
    expect(md.stdout.startsWith('# Coverage report: 2 articles\n')).toBe(true)
    const html = runCli(bin, ['compare', SEED_A, SEED_B, '--html', '-'])
    expect(html.stdout.startsWith('<!doctype html>')).toBe(true)
  })

  test('- reads an article from stdin beside a file', () => {
    const piped = runCli(bin, ['compare', '-', SEED_B, '--json'], { input: readFileSync(SEED_A) })
    expect(piped.code).toBe(0)
    expect(piped.stderr).not.toMatch(STACK_FRAME)
    const fromStdin = JSON.parse(piped.stdout) as CoverageReport
    expect(fromStdin.articles.map((a) => a.source)).toEqual(['stdin', SEED_B])
    // The same text gives the same article whether it came from a file or stdin.
    expect(fromStdin.articles[0]?.text).toBe(report.articles[0]?.text)
    expect(fromStdin.facts.length).toBe(report.facts.length)
  })

  test('--md to a path that cannot be written: one clear line, exit 2', () => {
    const result = runCli(bin, ['compare', SEED_A, SEED_B, '--md', join(out, 'no-such-dir', 'report.md')])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^parallax: cannot write .*no-such-dir\/report\.md: ENOENT\n$/)
  })
})
