// Bad input through the built CLI: each a clear one-line message on stderr, never a stack trace; a bad input never
// stops the batch, and the exit code is non-zero only when nothing could be analysed (README, CLI reference).
import { randomBytes } from 'node:crypto'
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { CoverageReport } from '../../src/model/index.js'
import { buildCli, runCli, SEED_A, SEED_B } from './built-cli.js'
import { schemaErrors, STACK_FRAME } from './report-checks.js'

const dir = mkdtempSync(join(tmpdir(), 'parallax-cli-bad-'))
const path = (name: string): string => join(dir, name)
let bin = ''

beforeAll(() => {
  bin = buildCli()
  writeFileSync(path('empty.txt'), '')
  writeFileSync(path('blank.txt'), '  \n\n\t \n')
  // Random bytes with NULs, as in an image or archive renamed .txt.
  writeFileSync(path('photo.txt'), Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), randomBytes(4096)]))
  writeFileSync(path('soup.txt'), byteSoup(3000))
  write50MB(path('huge.txt'))
  writeFileSync(path('story.txt'), articleOfSize(100_000))
}, 240_000)
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** Not valid UTF-8 nor text in any charset: bytes a decoder cannot make words of, with some ASCII between. */
function byteSoup(length: number): Buffer {
  const invalid = [0x80, 0x81, 0x9f, 0xad, 0xc0, 0xc1, 0xe2, 0xf5, 0xfe, 0xff]
  return Buffer.from(Array.from({ length }, (_, i) => (i % 3 === 0 ? 0x41 + (i % 26) : (invalid[i % invalid.length] ?? 0x80))))
}

/** A plain-text article of `bytes` bytes (ASCII): a headline, then paragraphs of ordinary news sentences. */
function articleOfSize(bytes: number): string {
  const paragraphs = ['City council reviews the budget']
  for (let i = 0; paragraphs.join('\n\n').length < bytes; i++) {
    paragraphs.push(`The council met on Tuesday and said the budget of ${i * 7} million dollars would be reviewed next month. Officials described the plan as modest.`)
  }
  return paragraphs.join('\n\n').slice(0, bytes)
}

function write50MB(file: string): void {
  const chunk = Buffer.from('The council met on Tuesday and said the budget would be reviewed next month.\n'.repeat(13_000))
  const fd = openSync(file, 'w')
  try {
    const size = 50 * 1024 * 1024
    for (let written = 0; written < size; written += chunk.length) writeSync(fd, chunk, 0, Math.min(chunk.length, size - written))
  } finally {
    closeSync(fd)
  }
}

/** Runs compare with the inputs plus SEED_B, so each case shows the bad input skipped and the good one analysed. */
function compareWithGood(input: string, ...flags: string[]) {
  const result = runCli(bin, ['compare', input, SEED_B, '--json', ...flags])
  expect(result.stderr).not.toMatch(STACK_FRAME)
  const report = JSON.parse(result.stdout) as CoverageReport
  return { ...result, report }
}

const ONLY_ONE = 'parallax: only one article could be analysed; the report shows it alone (compare needs two or more)\n'

describe('one bad input beside a good one: skipped with its reason, the good one analysed, exit 0', () => {
  test.each([
    ['empty.txt', 'empty', 'empty file'],
    ['blank.txt', 'empty', 'contains only whitespace'],
    ['photo.txt', 'binary', 'looks like a binary file (NUL bytes or control characters), not text'],
    ['missing.txt', 'unreadable', 'no such file or directory'],
    ['huge.txt', 'too-large', '50.0 MB is over the 20.0 MB limit'],
  ])('%s: %s', (name, reason, message) => {
    const result = compareWithGood(path(name))
    expect(result.code).toBe(0)
    expect(result.stderr).toBe(`skipped ${path(name)} (${reason}): ${message}\n${ONLY_ONE}`)
    expect(result.report.articles.map((a) => a.source)).toEqual([SEED_B])
    expect(result.report.skipped).toEqual([{ source: path(name), reason, message }])
    expect(schemaErrors(result.report)).toEqual([])
  })

  test('invalid UTF-8 byte soup: skipped (no charset makes an article of it), one line', () => {
    const result = compareWithGood(path('soup.txt'))
    expect(result.code).toBe(0)
    expect(result.stderr).toMatch(/^skipped \S+soup\.txt \((bad-encoding|not-an-article)\): [^\n]+\nparallax: only one article/)
    expect(result.stderr.split('\n')).toHaveLength(3)
    expect(result.report.articles.map((a) => a.source)).toEqual([SEED_B])
    expect(result.report.skipped.map((s) => s.source)).toEqual([path('soup.txt')])
  })
})

describe('--max-bytes', () => {
  test('below the file size: skipped as too large, naming the limit', () => {
    const result = compareWithGood(path('story.txt'), '--max-bytes', '50000')
    expect(result.code).toBe(0)
    expect(result.stderr.split('\n')[0]).toBe(`skipped ${path('story.txt')} (too-large): 97.7 KB is over the 48.8 KB limit`)
  })

  test('by default an article text over 1,000,000 characters is skipped as too large, in seconds (a 20 MB one took minutes and 1.5 GB)', () => {
    // articleOfSize joins its paragraphs again for each one it adds: too slow for a million characters.
    const sentence = 'The council met on Tuesday and said the budget would be reviewed next month. Officials described the plan as modest.'
    writeFileSync(path('long.txt'), `City council reviews the budget\n\n${Array.from({ length: Math.ceil(1_100_000 / (sentence.length + 2)) }, () => sentence).join('\n\n')}`)
    const started = performance.now()
    const result = compareWithGood(path('long.txt'))
    expect(result.code).toBe(0)
    expect(result.stderr.split('\n')[0]).toMatch(/ \(too-large\): article text is 1,\d{3},\d{3} characters, over the limit of 1,000,000 \(--max-bytes N allows more/)
    expect(result.stderr.startsWith(`skipped ${path('long.txt')} `)).toBe(true)
    expect(result.report.articles.map((a) => a.source)).toEqual([SEED_B])
    expect(performance.now() - started).toBeLessThan(20_000)
  }, 30_000)

  test('above the file size: the file is analysed', () => {
    const result = runCli(bin, ['analyze', path('story.txt'), '--json', '--max-bytes', '150000'])
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    const report = JSON.parse(result.stdout) as CoverageReport
    expect(report.articles.map((a) => a.title)).toEqual(['City council reviews the budget'])
    expect(report.articles[0]?.text.length).toBeGreaterThan(95_000)
  })

  test.each(['abc', '0', '-5', '1e6', ''])('%j is a usage error (exit 2), not a silent default', (value) => {
    const result = runCli(bin, ['compare', SEED_A, SEED_B, '--json', '--max-bytes', value])
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr.split('\n')[0]).toBe(`error: option '--max-bytes <n>' argument '${value}' is invalid. expected a whole number of bytes greater than 0, e.g. 50000000 (see: parallax compare --help)`)
  })
})

describe('how many could be analysed decides the exit code', () => {
  test('a single article to compare: its report alone, a note on stderr, exit 0', () => {
    const result = runCli(bin, ['compare', SEED_A, '--json'])
    expect(result.code).toBe(0)
    expect(result.stderr).toBe(ONLY_ONE)
    const report = JSON.parse(result.stdout) as CoverageReport
    expect(report.articles.map((a) => a.source)).toEqual([SEED_A])
    expect(report.facts.every((f) => f.articleIds.join() === 'a1')).toBe(true)
    expect(schemaErrors(report)).toEqual([])
  })

  test('all inputs bad: each listed, a summary, exit 1, nothing on stdout', () => {
    const inputs = ['empty.txt', 'photo.txt', 'missing.txt', 'huge.txt'].map(path)
    const result = runCli(bin, ['compare', ...inputs, '--json'])
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toBe(
      [
        `skipped ${inputs[0]} (empty): empty file`,
        `skipped ${inputs[1]} (binary): looks like a binary file (NUL bytes or control characters), not text`,
        `skipped ${inputs[2]} (unreadable): no such file or directory`,
        `skipped ${inputs[3]} (too-large): 50.0 MB is over the 20.0 MB limit`,
        'parallax: nothing could be analysed (4 input(s) skipped)',
        '',
      ].join('\n'),
    )
  })

  test('good and bad mixed: a report on the good ones, the bad listed on stderr and in skipped, exit 0', () => {
    const result = runCli(bin, ['compare', path('empty.txt'), SEED_A, path('photo.txt'), SEED_B, path('soup.txt'), '--json'])
    expect(result.code).toBe(0)
    expect(result.stderr).not.toMatch(STACK_FRAME)
    expect(result.stderr.split('\n').filter((line) => line.startsWith('skipped '))).toHaveLength(3)
    expect(result.stderr).not.toContain('only one article')
    const report = JSON.parse(result.stdout) as CoverageReport
    expect(report.articles.map((a) => [a.id, a.source])).toEqual([
      ['a1', SEED_A],
      ['a2', SEED_B],
    ])
    expect(report.skipped.map((s) => [s.source, s.reason])).toEqual([
      [path('empty.txt'), 'empty'],
      [path('photo.txt'), 'binary'],
      [path('soup.txt'), expect.stringMatching(/^(bad-encoding|not-an-article)$/)],
    ])
    expect(report.facts.some((f) => f.articleIds.join() === 'a1,a2')).toBe(true)
    expect(schemaErrors(report)).toEqual([])
  })

  test('empty stdin: skipped as empty, exit 1', () => {
    const result = runCli(bin, ['analyze', '-', '--json'], { input: '' })
    expect(result.code).toBe(1)
    expect(result.stderr).toBe('skipped stdin (empty): empty file\nparallax: nothing could be analysed (1 input(s) skipped)\n')
  })

  test('a WARC without HTML records: exit 1, and the message says there was nothing in it rather than "0 skipped"', () => {
    const record = 'WARC/1.0\r\nWARC-Type: warcinfo\r\nWARC-Record-ID: <urn:uuid:1>\r\nContent-Length: 0\r\n\r\n\r\n\r\n'
    writeFileSync(path('info-only.warc'), record)
    const result = runCli(bin, ['analyze', path('info-only.warc'), '--json'])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('parallax: nothing could be analysed: the inputs held no documents\n')
  })

})
