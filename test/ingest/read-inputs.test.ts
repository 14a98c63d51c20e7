import { mkdtemp, mkdir, rm, symlink, truncate, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import iconv from 'iconv-lite'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { readInputs, type ReadOptions } from '../../src/ingest/index.js'
import type { RawDocument, Skipped } from '../../src/model/index.js'

let dir = ''
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'parallax-ingest-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

async function readAll(specs: string[], options: ReadOptions = {}): Promise<(RawDocument | Skipped)[]> {
  const out: (RawDocument | Skipped)[] = []
  for await (const item of readInputs(specs, options)) out.push(item)
  return out
}

async function readOne(name: string, bytes: Uint8Array | string, options: ReadOptions = {}): Promise<RawDocument | Skipped> {
  const path = join(dir, name)
  await writeFile(path, bytes)
  const [item, ...rest] = await readAll([path], options)
  expect(rest).toHaveLength(0)
  if (!item) throw new Error('no item')
  return item
}

const RUSSIAN = '<p>Президент Беларуси попросил разместить ракеты на территории страны.</p>'
const POLISH = '<p>Łukaszenka zaapelował do Putina o rozmieszczenie pocisków. Źródło: żołnierze ćwiczą się.</p>'

describe('readInputs on files', () => {
  test('text is kept byte for byte, only the BOM removed', async () => {
    const text = '  Line one.\r\n\r\n\tLine two  \n'
    const item = await readOne('a.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))
    expect(item).toMatchObject({ format: 'text', content: text, source: join(dir, 'a.txt') })
  })

  test('.html and .html.gz are HTML; outlet override applies', async () => {
    const html = '<!doctype html><title>T</title><p>Body</p>'
    expect(await readOne('b.html', html, { outlet: 'Daily Wrap' })).toMatchObject({ format: 'html', content: html, outlet: 'Daily Wrap' })
    expect(await readOne('c.html.gz', gzipSync(html))).toMatchObject({ format: 'html', content: html })
  })

  test('a text file without extension that opens with <!doctype html> is HTML', async () => {
    expect(await readOne('page', '\n<!DOCTYPE html><html><body>x</body></html>')).toMatchObject({ format: 'html' })
  })

  test.each([
    ['windows-1251', `<html><head><meta charset="windows-1251"></head><body>${RUSSIAN}</body></html>`],
    ['koi8-r', `<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-r"></head><body>${RUSSIAN}</body></html>`],
    ['iso-8859-2', `<html><head><meta charset="iso-8859-2"></head><body>${POLISH}</body></html>`],
  ])('decodes %s declared in a meta tag', async (charset, html) => {
    expect(await readOne(`meta-${charset}.html`, iconv.encode(html, charset))).toMatchObject({ content: html })
  })

  test.each([
    ['windows-1251', RUSSIAN.repeat(3)],
    ['koi8-r', RUSSIAN.repeat(3)],
    ['iso-8859-2', POLISH.repeat(3)],
    ['windows-1250', POLISH.repeat(3)],
    ['windows-1252', '<p>Le café de la gare a rouvert ses portes après les travaux. Müller sagt: schön.</p>'],
    ['windows-1251', 'Минск'],
  ])('sniffs undeclared %s', async (charset, html) => {
    expect(await readOne(`sniff-${charset}.html`, iconv.encode(html, charset))).toMatchObject({ content: html })
  })

  test('a UTF-8 page still declaring its old legacy charset is read as UTF-8', async () => {
    const html = `<html><head><meta charset="windows-1251"></head><body>${RUSSIAN}</body></html>`
    expect(await readOne('resaved.html', html)).toMatchObject({ content: html })
  })

  test.each([
    ['utf-16le', [0xff, 0xfe]],
    ['utf-16be', [0xfe, 0xff]],
  ] as const)('decodes %s with BOM', async (charset, bom) => {
    const text = 'Минск, 6 декабря.\n'
    expect(await readOne(`${charset}.txt`, Buffer.concat([Buffer.from(bom), iconv.encode(text, charset)]))).toMatchObject({ content: text })
  })

  test.each([
    ['empty.txt', '', 'empty'],
    ['blank.txt', ' \n\t\n', 'empty'],
    ['image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), 'binary'],
    ['truncated.html.gz', gzipSync('<html><body>' + 'x'.repeat(5000)).subarray(0, 40), 'unreadable'],
  ])('%s is skipped as %s', async (name, bytes, reason) => {
    const item = await readOne(name, bytes)
    expect(item).toMatchObject({ kind: 'skipped', reason })
    expect((item as Skipped).message).toMatch(/\w{4}/)
  })

  test.each([
    ['sitemap.xml', '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://a.example/</loc></url></urlset>', /sitemap/],
    ['data.json', '{"items": [1, 2, 3]}', /JSON that is not a JSON Feed/],
  ])('%s is data, not an article', async (name, content, message) => {
    expect(await readOne(name, content)).toMatchObject({ kind: 'skipped', reason: 'not-an-article', message: expect.stringMatching(message) })
  })

  test('files over maxBytes are skipped, also when gzip hides the size', async () => {
    expect(await readOne('big.txt', 'a'.repeat(2000), { maxBytes: 1000 })).toMatchObject({ kind: 'skipped', reason: 'too-large' })
    expect(await readOne('bomb.txt.gz', gzipSync('a'.repeat(200_000)), { maxBytes: 1000 })).toMatchObject({ kind: 'skipped', reason: 'too-large' })
  })

  test('a 100 MB page is refused from its size, before it is read', async () => {
    const path = join(dir, 'huge.html')
    await writeFile(path, '')
    await truncate(path, 100 * 1024 * 1024) // sparse: costs no disk
    const [item] = await readAll([path, join(dir, 'a.txt')])
    expect(item).toEqual({ kind: 'skipped', source: path, reason: 'too-large', message: '100.0 MB is over the 20.0 MB limit' })
  })

  test('a directory is read recursively in name order, dot-files ignored, missing paths reported', async () => {
    const root = join(dir, 'tree')
    await mkdir(join(root, 'b-sub'), { recursive: true })
    await writeFile(join(root, 'a.txt'), 'first')
    await writeFile(join(root, 'b-sub', 'c.html'), '<p>second</p>')
    await writeFile(join(root, '.DS_Store'), Buffer.from([0, 1, 2]))
    const items = await readAll([root, join(dir, 'missing.txt')])
    expect(items.map((item) => ('kind' in item ? item.reason : item.content))).toEqual(['first', '<p>second</p>', 'unreadable'])
  })

  test("a folder's README, licence and configuration files are skipped with a reason; named, they are read", async () => {
    const root = join(dir, 'with-docs')
    await mkdir(root, { recursive: true })
    await writeFile(join(root, 'README.md'), '# Examples\n\nThese files are one story told by four outlets.')
    await writeFile(join(root, 'LICENSE'), 'Permission is hereby granted, free of charge, to any person.')
    await writeFile(join(root, 'outlets.yaml'), 'outlets:\n  - name: The Lakeside Herald\n')
    await writeFile(join(root, 'readme-for-security-council.txt'), 'The Security Council met on Monday.')
    await writeFile(join(root, 'story.txt'), 'The council met on Monday.')
    const items = await readAll([root])
    expect(items.map((item) => ('kind' in item ? `${item.reason}: ${item.source.slice(root.length + 1)}` : item.content))).toEqual([
      'not-an-article: LICENSE',
      'not-an-article: README.md',
      'not-an-article: outlets.yaml',
      'The Security Council met on Monday.',
      'The council met on Monday.',
    ])
    const [named] = await readAll([join(root, 'README.md')])
    expect(named).toMatchObject({ format: 'text', content: expect.stringContaining('one story told by four outlets') })
  })

  test('a symlink back up the directory tree is not followed in a loop', async () => {
    const root = join(dir, 'loop')
    await mkdir(join(root, 'sub'), { recursive: true })
    await writeFile(join(root, 'sub', 'page.txt'), 'once')
    await symlink(root, join(root, 'sub', 'back-up'))
    const items = await readAll([root])
    expect(items.map((item) => ('kind' in item ? item.reason : item.content))).toEqual(['once'])
  })

  test('"-" reads stdin', async () => {
    async function* stdin(): AsyncGenerator<Uint8Array> {
      yield Buffer.from('<html><body>')
      yield Buffer.from('hi</body></html>')
    }
    expect(await readAll(['-'], { stdin: stdin() })).toEqual([{ source: 'stdin', format: 'html', content: '<html><body>hi</body></html>' }])
  })
})
