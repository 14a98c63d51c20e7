import { readFileSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'

const BLOCK = 512

/**
 * Reads the regular files of a tar archive held in memory (ustar, GNU long names, pax `path`).
 * Returns file path → contents; directories, links and other entries are left out.
 * Example: `readTar(gunzipSync(readFileSync('x.tar.gz'))).get('ECB+/2/2_1ecb.xml')`.
 */
export function readTar(archive: Uint8Array): Map<string, Buffer> {
  const buf = Buffer.from(archive.buffer, archive.byteOffset, archive.byteLength)
  const files = new Map<string, Buffer>()
  let offset = 0
  let longName: string | undefined
  while (offset + BLOCK <= buf.length) {
    const header = buf.subarray(offset, offset + BLOCK)
    // Two zero blocks end the archive; one is enough to stop.
    if (header.every((byte) => byte === 0)) break
    const size = readOctal(header, 124, 12)
    const type = String.fromCharCode(header[156] ?? 0)
    const dataStart = offset + BLOCK
    const data = buf.subarray(dataStart, dataStart + size)
    if (data.length < size) throw new Error(`read-tar: entry at ${offset} is truncated`)
    offset = dataStart + Math.ceil(size / BLOCK) * BLOCK
    if (type === 'L') {
      longName = cString(data)
      continue
    }
    if (type === 'x') {
      longName = paxPath(data) ?? longName
      continue
    }
    const name = longName ?? headerName(header)
    longName = undefined
    if (type === '0' || type === '\0') files.set(name, Buffer.from(data))
  }
  return files
}

/** Reads a .tar.gz file from disk into memory (see `readTar`). */
export function readTarGz(path: string): Map<string, Buffer> {
  return readTar(gunzipSync(readFileSync(path)))
}

function headerName(header: Buffer): string {
  const name = cString(header.subarray(0, 100))
  const isUstar = header.subarray(257, 262).toString('latin1') === 'ustar'
  const prefix = isUstar ? cString(header.subarray(345, 500)) : ''
  return prefix ? `${prefix}/${name}` : name
}

function cString(bytes: Buffer): string {
  const end = bytes.indexOf(0)
  return bytes.subarray(0, end === -1 ? bytes.length : end).toString('utf8')
}

function readOctal(header: Buffer, start: number, length: number): number {
  const text = header.subarray(start, start + length).toString('latin1').replace(/[\0 ]+$/u, '').trim()
  if (text === '') return 0
  const value = Number.parseInt(text, 8)
  if (!Number.isFinite(value)) throw new Error(`read-tar: bad size field "${text}"`)
  return value
}

/** pax records are "<len> key=value\n"; we only need `path`. */
function paxPath(data: Buffer): string | undefined {
  for (const record of data.toString('utf8').split('\n')) {
    const match = /^\d+ path=(.*)$/u.exec(record)
    if (match?.[1] !== undefined) return match[1]
  }
  return undefined
}
