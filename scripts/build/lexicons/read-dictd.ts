import { readFileSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'

/** One dictd entry: the index headword and the entry's text (first line: headword, pronunciation, <pos>). */
export interface DictdEntry {
  readonly headword: string
  readonly body: string
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

function decodeNumber(s: string): number {
  let n = 0
  for (const ch of s) n = n * 64 + B64.indexOf(ch)
  return n
}

/**
 * Reads a dictd database (`<name>.index` + `<name>.dict.dz`, as Debian's dict-freedict-* packages install them
 * under /usr/share/dictd). The .dz file is dictzip, which is plain gzip to a reader that takes it whole.
 */
export function readDictd(path: string): DictdEntry[] {
  const dict = gunzipSync(readFileSync(`${path}.dict.dz`))
  const out: DictdEntry[] = []
  for (const line of readFileSync(`${path}.index`, 'utf8').split('\n')) {
    const [headword, offset, length] = line.split('\t')
    if (!headword || offset === undefined || length === undefined || headword.startsWith('00database')) continue
    const start = decodeNumber(offset)
    out.push({ headword, body: dict.subarray(start, start + decodeNumber(length)).toString('utf8') })
  }
  return out
}

/** The `00-database-info` text of a dictd database: its edition, authors and licence. */
export function dictdInfo(path: string): string {
  const dict = gunzipSync(readFileSync(`${path}.dict.dz`))
  for (const line of readFileSync(`${path}.index`, 'utf8').split('\n')) {
    const [headword, offset, length] = line.split('\t')
    if (headword === '00databaseinfo' && offset && length) {
      const start = decodeNumber(offset)
      return dict.subarray(start, start + decodeNumber(length)).toString('utf8')
    }
  }
  return ''
}
