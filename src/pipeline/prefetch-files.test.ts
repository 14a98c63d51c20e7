import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, expect, test } from 'vitest'
import { prefetch, readFileOnce } from './prefetch-files.js'

const dir = mkdtempSync(join(tmpdir(), 'parallax-prefetch-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

test('a prefetched file is read in the background and taken once; later reads see the file as it is', async () => {
  const path = join(dir, 'model.bin')
  writeFileSync(path, 'first')
  const url = pathToFileURL(path)
  await prefetch([url])
  writeFileSync(path, 'second')
  expect(readFileOnce(url).toString()).toBe('first')
  expect(readFileOnce(url).toString()).toBe('second')
})

test('a file never prefetched is read as readFileSync reads it', () => {
  const path = join(dir, 'plain.bin')
  writeFileSync(path, 'plain')
  expect(readFileOnce(pathToFileURL(path)).toString()).toBe('plain')
})

test('a prefetch that fails leaves the read to the reader, which fails as readFileSync does', async () => {
  const missing = pathToFileURL(join(dir, 'missing.bin'))
  await prefetch([missing])
  expect(() => readFileOnce(missing)).toThrow(/ENOENT/)
})
