// `parallax extract` on a plain text with a dateline, run as a user runs it: the built bin/parallax.js.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { buildCli, runCli } from './built-cli.js'

const dir = mkdtempSync(join(tmpdir(), 'parallax-cli-extract-'))
const file = join(dir, 'mermaid.txt')
const fronted = join(dir, 'fronted.txt')
let bin = ''

beforeAll(() => {
  bin = buildCli()
  writeFileSync(file, 'Friday, June 7, 2013\n\nHollywood mermaid Esther Williams dies\n\nEsther Williams, the swimming champion who became a film star, has died. She was 91.\n')
  writeFileSync(fronted, '---\noutlet: Kyiv Post\nurl: https://www.kyivpost.com/post/42\n---\nFriday, December 6, 2024\n\nLukashenko asks Putin for Oreshnik missiles\nBy Anna Nowak\n\nBelarusian President Alexander Lukashenko asked Vladimir Putin to deploy the missiles in Belarus.\n')
}, 240_000)
afterAll(() => rmSync(dir, { recursive: true, force: true }))

test('extract --jsonl: a dateline above the headline is not the title and not body, and dates the text', () => {
  const { code, stdout, stderr } = runCli(bin, ['extract', '--jsonl', file])
  expect(code).toBe(0)
  expect(stderr).toBe('extracted 1 document\n')
  expect(JSON.parse(stdout)).toEqual({
    source: file,
    title: 'Hollywood mermaid Esther Williams dies',
    publishedAt: '2013-06-07',
    language: 'en',
    // The body as compare analyses it: the headline is the title, not body.
    text: 'Esther Williams, the swimming champion who became a film star, has died. She was 91.',
  })
  const plain = runCli(bin, ['extract', file])
  expect(plain.stdout.split('\n').slice(0, 2)).toEqual(['# Hollywood mermaid Esther Williams dies', `${file} · 2013-06-07 · en`])
  expect(plain.stdout).not.toContain('Friday')
})

test('extract --jsonl: front-matter gives outlet and url, and the dateline, headline and byline under it are read, not body, as compare reads them', () => {
  const { code, stdout, stderr } = runCli(bin, ['extract', '--jsonl', fronted])
  expect(code).toBe(0)
  expect(stderr).toBe('extracted 1 document\n')
  expect(JSON.parse(stdout)).toEqual({
    source: fronted,
    url: 'https://www.kyivpost.com/post/42',
    outlet: 'Kyiv Post',
    title: 'Lukashenko asks Putin for Oreshnik missiles',
    byline: 'Anna Nowak',
    publishedAt: '2024-12-06',
    language: 'en',
    text: 'Belarusian President Alexander Lukashenko asked Vladimir Putin to deploy the missiles in Belarus.',
  })
  const plain = runCli(bin, ['extract', fronted])
  expect(plain.stdout.split('\n').slice(0, 2)).toEqual(['# Lukashenko asks Putin for Oreshnik missiles', `${fronted} · Kyiv Post · Anna Nowak · 2024-12-06 · en · https://www.kyivpost.com/post/42`])
  expect(plain.stdout).not.toContain('---')
})
