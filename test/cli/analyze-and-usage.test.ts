// `parallax analyze` and the command line itself (help, unknown commands), through the built CLI.
import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, test } from 'vitest'
import type { CoverageReport } from '../../src/model/index.js'
import { buildCli, runCli, SEED_B } from './built-cli.js'
import { invariantErrors, schemaErrors, STACK_FRAME } from './report-checks.js'

let bin = ''
beforeAll(() => {
  bin = buildCli()
}, 240_000)

describe('parallax analyze ONE --json', () => {
  test('the same report shape, validated by the schema, with one article and no note about comparing', () => {
    const result = runCli(bin, ['analyze', SEED_B, '--json'])
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    const report = JSON.parse(result.stdout) as CoverageReport
    expect(schemaErrors(report)).toEqual([])
    expect(invariantErrors(report, (source) => readFileSync(source, 'utf8'))).toEqual([])
    expect(report.articles.map((a) => [a.id, a.source, a.title])).toEqual([['a1', SEED_B, 'Lukashenko highlights NATO threat, seeks missile support from Putin']])
    // One article: every finding rests on it alone.
    expect(report.brief.every((s) => s.articleIds.join() === 'a1' && s.singleSource)).toBe(true)
    expect(report.framing.map((f) => f.articleId)).toEqual(['a1'])
    expect(report.quotes.some((q) => q.renderings.some((r) => r.text.includes('greater threat')))).toBe(true)
  })

  test('analyze reads one article: a directory or a feed of several is a usage error naming compare (exit 2)', () => {
    const dir = runCli(bin, ['analyze', 'examples/'])
    expect(dir.code).toBe(2)
    expect(dir.stdout).toBe('')
    expect(dir.stderr).toBe('parallax: analyze reads one article and examples/ is a directory: use `parallax compare examples/` or `parallax ingest examples/`\n')
    const feed = runCli(bin, ['analyze', 'examples/feed.xml', '--json'])
    expect(feed.code).toBe(2)
    expect(feed.stdout).toBe('')
    expect(feed.stderr).toBe('parallax: analyze reads one article and examples/feed.xml holds 4: use `parallax compare examples/feed.xml`\n')
  })

  test('analyze takes exactly one input: two are a usage error (exit 2)', () => {
    const result = runCli(bin, ['analyze', SEED_B, SEED_B])
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toBe("error: too many arguments for 'analyze'. Expected 1 argument but got 2. (see: parallax analyze --help)\n")
  })
})

describe('usage', () => {
  test('parallax --help lists the commands on stdout, exit 0', () => {
    const result = runCli(bin, ['--help'])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^Usage: parallax \[options\] \[command\]\n/)
    expect(result.stdout).toMatch(/\n {2}compare \[options\] <inputs\.\.\.>/)
    expect(result.stdout).toMatch(/\n {2}analyze \[options\] <input>/)
  })

  test('parallax compare --help documents the flags, exit 0', () => {
    const result = runCli(bin, ['compare', '--help'])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^Usage: parallax compare \[options\] <inputs\.\.\.>\n/)
    for (const flag of ['--json', '--md <file>', '--html <file>', '--outlet <name>', '--max-bytes <n>', '--no-color']) expect(result.stdout).toContain(`  ${flag}`)
  })

  test('an unknown command: exit 2, named on the first line of stderr, no stack trace', () => {
    const result = runCli(bin, ['frobnicate', 'x.txt'])
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toBe("error: unknown command 'frobnicate' (see: parallax --help)\n")
    expect(result.stderr).not.toMatch(STACK_FRAME)
  })

  test('compare --lang: articles in two languages, facts shown in the language asked for; a bad code is a usage error', () => {
    const fixture = (name: string): string => new URL(`../../examples/multilingual/${name}`, import.meta.url).pathname
    const result = runCli(bin, ['compare', fixture('en.txt'), fixture('ru.txt'), '--lang', 'ru', '--json'])
    expect(result.code).toBe(0)
    const report = JSON.parse(result.stdout) as CoverageReport
    expect(report.language).toBe('ru')
    const shared = report.facts.filter((f) => f.articleIds.length === 2)
    expect(shared.length).toBeGreaterThanOrEqual(4)
    for (const fact of shared) expect(fact.language).toBe('ru')
    const bad = runCli(bin, ['compare', fixture('en.txt'), fixture('ru.txt'), '--lang', 'Russian'])
    expect(bad.code).toBe(2)
    expect(bad.stdout).toBe('')
    expect(bad.stderr.split('\n')[0]).toMatch(/--lang must be a language code .*"Russian"/)
    expect(bad.stderr).not.toMatch(STACK_FRAME)
  })

  test('compare without inputs: exit 2, says what is missing', () => {
    const result = runCli(bin, ['compare'])
    expect(result.code).toBe(2)
    expect(result.stderr).toBe("error: missing required argument 'inputs' (see: parallax compare --help)\n")
  })
})
