import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, test, vi } from 'vitest'
import type { ExtractLine } from '../../src/cli/commands/extract.js'
import { main } from '../../src/cli/main.js'
import { prepareDocument } from '../../src/corpus/index.js'
import { analyzeArticle } from '../../src/pipeline/index.js'
import { detectLanguage } from '../../src/pipeline/clean/index.js'
import { extractHtml } from '../../src/pipeline/extract/index.js'

let dir = ''
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'parallax-extract-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true))
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true))
  process.exitCode = undefined
  try {
    const code = await main(args)
    return { code, stdout, stderr }
  } finally {
    out.mockRestore()
    err.mockRestore()
    process.exitCode = undefined
  }
}

const FIXTURE = join(import.meta.dirname, '../fixtures/articles/multi-container/source.html')

test('extract --jsonl prints one line per document and a summary of what was skipped', async () => {
  const binary = join(dir, 'image.html')
  await writeFile(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]))
  const { code, stdout, stderr } = await run(['extract', '--jsonl', FIXTURE, binary, join(dir, 'missing.html')])
  expect(code).toBe(0)
  const lines = stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>)
  expect(lines).toEqual([
    {
      source: FIXTURE,
      outlet: 'Gazeta Przykładowa',
      title: 'Nowy most na Wiśle otwarty',
      byline: 'Adam Zygiel',
      publishedAt: '2024-12-06',
      language: 'pl',
      text: expect.stringMatching(/^W piątek otwarto nowy most[\s\S]*festyn dla mieszkańców\.$/),
    },
  ])
  expect(stderr).toContain(`skipped ${binary} (binary)`)
  expect(stderr).toContain('extracted 1 document; skipped 2 (1 binary, 1 unreadable)')
  expect(stderr).not.toMatch(/\n\s+at /) // no stack trace
})

test('extract exits 1 when nothing could be extracted, and --outlet names the document', async () => {
  const empty = join(dir, 'empty.html')
  await writeFile(empty, '')
  expect((await run(['extract', empty])).code).toBe(1)
  const { stdout } = await run(['extract', '--jsonl', '--outlet', 'My Outlet', FIXTURE])
  expect(JSON.parse(stdout)).toMatchObject({ outlet: 'My Outlet' })
})

// Datelines at the top of a plain text, as compare (analyzeArticle) and ingest (prepareDocument) read them.
const DATELINED: readonly { name: string; content: string; title: string; publishedAt: string; dateline: string }[] = [
  {
    name: 'above.txt',
    content: 'Friday, June 7, 2013\n\nHollywood mermaid Esther Williams dies\n\nEsther Williams, the swimming champion who became a film star, has died. She was 91.\n\nShe died in her sleep at her home in Beverly Hills, her publicist said.\n',
    title: 'Hollywood mermaid Esther Williams dies',
    publishedAt: '2013-06-07',
    dateline: 'Friday, June 7, 2013',
  },
  {
    name: 'under.txt',
    content: 'Лукашенко попросил у Путина «Орешник»\nОпубликовано: 06.12.2024\n\nПрезидент Беларуси Александр Лукашенко попросил президента России разместить в стране ракетный комплекс.\n\nОб этом он заявил на встрече в Минске.\n',
    title: 'Лукашенко попросил у Путина «Орешник»',
    publishedAt: '2024-12-06',
    dateline: 'Опубликовано: 06.12.2024',
  },
  {
    name: 'polish.txt',
    content: '6 grudnia 2024, 14:30\nNowy most na Wiśle otwarty\n\nW piątek otwarto nowy most na Wiśle. Prezydent miasta przeciął wstęgę.\n\nWieczorem odbył się festyn dla mieszkańców.\n',
    title: 'Nowy most na Wiśle otwarty',
    publishedAt: '2024-12-06',
    dateline: '6 grudnia 2024',
  },
]

test('extract reads the datelines at the top of a plain text as compare and ingest do: not the title, not body, the date', async () => {
  for (const example of DATELINED) {
    const file = join(dir, example.name)
    await writeFile(file, example.content)
    const { code, stdout } = await run(['extract', '--jsonl', file])
    expect(code, example.name).toBe(0)
    const line = JSON.parse(stdout) as ExtractLine
    expect(line.title, example.name).toBe(example.title)
    expect(line.publishedAt, example.name).toBe(example.publishedAt)
    expect(line.text, example.name).not.toContain(example.dateline)
    // The body is the paragraphs under the headline, as compare analyses them: no headline line, no dateline.
    const paragraphs = example.content.trim().split('\n\n').map((p) => p.split('\n').filter((l) => !l.includes(example.dateline) && l !== example.title))
    expect(line.text, example.name).toBe(paragraphs.filter((p) => p.length > 0).map((p) => p.join('\n')).join('\n\n'))

    const document = { source: file, format: 'text' as const, content: example.content }
    const analyzed = analyzeArticle(document)
    const prepared = prepareDocument(document)
    if ('kind' in analyzed || 'kind' in prepared) throw new Error(`${example.name}: skipped`)
    expect([analyzed.article.title, analyzed.article.publishedAt, analyzed.article.language, analyzed.article.text], `${example.name}: compare`).toEqual([line.title, line.publishedAt, line.language, line.text])
    expect([prepared.title, prepared.publishedAt], `${example.name}: ingest`).toEqual([line.title, line.publishedAt])
    expect(analyzed.article.removed.filter((r) => r.reason === 'dateline').map((r) => r.text)).toEqual([example.content.split('\n').find((l) => l.includes(example.dateline))])

    const plain = await run(['extract', file])
    expect(plain.stdout.startsWith(`# ${example.title}\n${file} · ${example.publishedAt} · `), example.name).toBe(true)
    expect(plain.stdout).not.toContain(example.dateline)
  }
})

/** extract's reading of a plain text and compare's (analyzeArticle) and ingest's (prepareDocument) of the same content. */
async function readAllThree(name: string, content: string): Promise<{ line: ExtractLine; plain: string; compare: Record<string, unknown>; ingest: Record<string, unknown> }> {
  const file = join(dir, name)
  await writeFile(file, content)
  const { code, stdout } = await run(['extract', '--jsonl', file])
  expect(code, name).toBe(0)
  const line = JSON.parse(stdout) as ExtractLine
  const plain = (await run(['extract', file])).stdout
  const document = { source: file, format: 'text' as const, content }
  const analyzed = analyzeArticle(document)
  const prepared = prepareDocument(document)
  if ('kind' in analyzed || 'kind' in prepared) throw new Error(`${name}: skipped`)
  const { title, byline, publishedAt, language, outlet, url, text } = analyzed.article
  const compare = { title, byline, publishedAt, language, outlet, url, text }
  const ingest = { title: prepared.title, byline: prepared.byline, publishedAt: prepared.publishedAt ?? undefined, language: prepared.language, outlet: prepared.sourceInfo.outlet, url: prepared.sourceInfo.url ?? undefined }
  return { line, plain, compare, ingest }
}

test('extract reads YAML front-matter as compare and ingest do: outlet, url, title, date and byline, no "---" title, the dateline under it seen', async () => {
  const body = 'Belarusian President Alexander Lukashenko asked Vladimir Putin to deploy the missiles in Belarus. Putin said it could happen next year.'
  const url = 'https://www.kyivpost.com/post/42'
  const under = await readAllThree('front.txt', `---\noutlet: Kyiv Post\nurl: ${url}\n---\nFriday, December 6, 2024\n\nLukashenko asks Putin for Oreshnik missiles\n\n${body}\n`)
  expect(under.line).toEqual({ source: join(dir, 'front.txt'), url, outlet: 'Kyiv Post', title: 'Lukashenko asks Putin for Oreshnik missiles', publishedAt: '2024-12-06', language: 'en', text: body })
  expect(under.plain.startsWith(`# Lukashenko asks Putin for Oreshnik missiles\n${join(dir, 'front.txt')} · Kyiv Post · 2024-12-06 · en · ${url}\n\n${body}\n`)).toBe(true)
  const { source: _, ...line } = under.line
  expect(under.compare).toEqual({ ...line, byline: undefined })
  expect(under.ingest).toEqual({ title: line.title, byline: undefined, publishedAt: line.publishedAt, language: line.language, outlet: line.outlet, url })

  // Title, date and byline given in the front-matter; the headline repeated under it is no body either.
  const given = await readAllThree('front-given.txt', `---\ntitle: Lukashenko asks Putin for Oreshnik\ndate: 2024-12-06\nbyline: Anna Nowak\n---\nLukashenko asks Putin for Oreshnik\n\n${body}\n`)
  expect(given.line).toEqual({ source: join(dir, 'front-given.txt'), title: 'Lukashenko asks Putin for Oreshnik', byline: 'Anna Nowak', publishedAt: '2024-12-06', language: 'en', text: body })
  for (const field of ['title', 'byline', 'publishedAt', 'language', 'text'] as const) expect(given.compare[field], field).toBe(given.line[field])
  for (const field of ['title', 'byline', 'publishedAt'] as const) expect(given.ingest[field], field).toBe(given.line[field])

  // No date but the day in the front-matter's URL: dated by it, as compare and ingest date it.
  const dayUrl = 'https://example.com/2024/12/05/lukashenko-oreshnik'
  const byUrl = await readAllThree('front-url.txt', `---\nurl: ${dayUrl}\n---\nLukashenko asks Putin for Oreshnik\n\n${body}\n`)
  expect(byUrl.line).toMatchObject({ url: dayUrl, publishedAt: '2024-12-05', text: body })
  expect([byUrl.compare.publishedAt, byUrl.ingest.publishedAt]).toEqual(['2024-12-05', '2024-12-05'])

  // Front-matter that cannot be read skips the document, as compare and ingest skip it.
  const bad = join(dir, 'front-bad.txt')
  await writeFile(bad, `---\ndate: yesterday\n---\nBig title\n\n${body}\n`)
  const skipped = await run(['extract', '--jsonl', bad])
  expect(skipped.code).toBe(1)
  expect(skipped.stdout).toBe('')
  expect(skipped.stderr).toContain(`skipped ${bad} (parse-failed): ${bad}: front-matter: date "yesterday" is not a date`)
})

test('extract reports a byline line near the top as the byline, not body, as compare does', async () => {
  const body = 'The body of the story, which goes on for a while. It is said that the body of it goes on.'
  const { line, plain, compare } = await readAllThree('byline.txt', `Big title\nBy Anna Nowak\n\n${body}\n`)
  expect(line).toMatchObject({ title: 'Big title', byline: 'Anna Nowak', text: body })
  expect(plain.split('\n').slice(0, 2)).toEqual(['# Big title', `${join(dir, 'byline.txt')} · Anna Nowak · en`])
  expect(plain).not.toContain('By Anna Nowak')
  expect([compare.byline, compare.text]).toEqual([line.byline, line.text])
})

test('extract gives the body of a plain text without its headline line, as compare analyses it', async () => {
  const { line, compare } = await readAllThree('plain.txt', 'Big title\n\nThe body of the story, which goes on for a while.\n')
  expect(line).toMatchObject({ title: 'Big title', text: 'The body of the story, which goes on for a while.' })
  expect(line.publishedAt).toBeUndefined()
  expect([compare.title, compare.text]).toEqual([line.title, line.text])
  // A given date beats the dateline's, as in compare; neither the dateline nor the headline is body.
  const jsonl = join(dir, 'given.jsonl')
  await writeFile(jsonl, `${JSON.stringify({ text: DATELINED[0]!.content, publishedAt: '2013-06-08' })}\n`)
  const given = JSON.parse((await run(['extract', '--jsonl', jsonl])).stdout) as ExtractLine
  expect(given).toMatchObject({ title: DATELINED[0]!.title, publishedAt: '2013-06-08' })
  expect(given.text.startsWith('Esther Williams, the swimming champion')).toBe(true)
})

test('extract detects the language on the body without the headline, as compare does: a short Russian text is ru', async () => {
  const content = 'Кличко: «Київ і Львів у безпеці»\n\nПрезидент Беларуси попросил разместить ракеты в стране, и Путин согласился.\n'
  // The headline quotes Ukrainian ("і", "у"; і is no Russian letter): the whole text reads as Ukrainian.
  expect(detectLanguage(content)).toBe('uk')
  const { line, plain, compare } = await readAllThree('short-ru.txt', content)
  expect(line).toMatchObject({ title: 'Кличко: «Київ і Львів у безпеці»', language: 'ru' })
  expect(plain.split('\n')[1]).toBe(`${join(dir, 'short-ru.txt')} · ru`)
  expect(compare.language).toBe('ru')
})

test('extract on an HTML page is what the extractor reads, untouched by the plain-text cleaner', async () => {
  const file = join(import.meta.dirname, '../../examples/html/en.html')
  const line = JSON.parse((await run(['extract', '--jsonl', file])).stdout) as ExtractLine
  const page = extractHtml(await readFile(file, 'utf8'))
  if ('kind' in page) throw new Error('en.html: skipped')
  expect(line).toEqual({
    source: file,
    url: page.canonicalUrl,
    outlet: page.siteName,
    title: page.title,
    byline: page.byline,
    publishedAt: page.publishedAt,
    language: page.language,
    text: page.text,
  })
  expect(line.text.startsWith(line.title)).toBe(false)
})
