import { readFileSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'
import { describe, expect, test } from 'vitest'
import { readTar, readTarGz } from '../../scripts/eval/lib/read-tar.js'

// tiny.tar.gz was written by GNU tar 1.34 (--format=gnu): dir/a.txt, dir/b.xml (UTF-8), and a file under a
// 120-character folder name, which GNU tar stores with a "././@LongLink" ('L') entry.
const fixture = new URL('./fixtures/tiny.tar.gz', import.meta.url)
const longDir = 'x'.repeat(120)

describe('readTar', () => {
  test('reads regular files with their contents and skips directories', () => {
    const files = readTarGz(fixture.pathname)
    expect([...files.keys()].sort()).toEqual(['dir/a.txt', 'dir/b.xml', `dir/${longDir}/c.txt`])
    expect(files.get('dir/a.txt')?.toString('utf8')).toBe('hello\n')
    expect(files.get('dir/b.xml')?.toString('utf8')).toBe('Łukaszenka “quoted”\n')
    expect(files.get(`dir/${longDir}/c.txt`)?.toString('utf8')).toBe('long\n')
  })

  test('a truncated archive is an error that says where', () => {
    const tar = gunzipSync(readFileSync(fixture))
    // Keep the first header but only part of its data block.
    const firstFile = tar.indexOf(Buffer.from('dir/b.xml'))
    expect(() => readTar(tar.subarray(0, firstFile + 512 + 4))).toThrow(/read-tar: entry at \d+ is truncated/u)
  })

  test('an empty archive has no files', () => {
    expect(readTar(new Uint8Array(1024)).size).toBe(0)
  })
})
