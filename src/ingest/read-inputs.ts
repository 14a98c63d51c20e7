import { readdir, readFile, stat } from 'node:fs/promises'
import { basename, join } from 'node:path'
import type { RawDocument, Skipped } from '../model/index.js'
import { bytesToDocument, formatBytes } from './bytes-to-document.js'
import { DEFAULT_MAX_BYTES, type ReadOptions } from './read-options.js'
import { messageOf, skip } from './skip.js'

/**
 * Reads every input the user named, one document at a time: file paths, directories (recursively, in
 * name order, skipping dot-files), and `-` for stdin. A bad input yields a Skipped and the batch goes on.
 * Example: `for await (const doc of readInputs(['pages/', '-'], {})) …`
 */
export async function* readInputs(specs: readonly string[], options: ReadOptions = {}): AsyncGenerator<RawDocument | Skipped> {
  for (const spec of specs) {
    if (spec === '-') yield await readStdin(options)
    else yield* readPath(spec, options)
  }
}

async function* readPath(path: string, options: ReadOptions): AsyncGenerator<RawDocument | Skipped> {
  let info
  try {
    info = await stat(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    yield skip(path, 'unreadable', code === 'ENOENT' ? 'no such file or directory' : messageOf(error))
    return
  }
  if (info.isDirectory()) {
    yield* readDirectory(path, options)
    return
  }
  if (!info.isFile()) {
    yield skip(path, 'unreadable', 'not a regular file')
    return
  }
  yield* readFileDocuments(path, info.size, options)
}

async function* readDirectory(dir: string, options: ReadOptions): AsyncGenerator<RawDocument | Skipped> {
  let entries
  try {
    entries = await readdir(dir, { withFileTypes: true })
  } catch (error) {
    yield skip(dir, 'unreadable', messageOf(error))
    return
  }
  const names = entries.filter((entry) => !entry.name.startsWith('.')).map((entry) => entry.name)
  names.sort()
  for (const name of names) yield* readPath(join(dir, name), options)
}

async function* readFileDocuments(path: string, size: number, options: ReadOptions): AsyncGenerator<RawDocument | Skipped> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  // Checked before reading so a 100 MB file costs nothing; a .gz is checked again after decompression.
  if (size > maxBytes) {
    yield skip(path, 'too-large', `${formatBytes(size)} is over the ${formatBytes(maxBytes)} limit`)
    return
  }
  let bytes: Uint8Array
  try {
    bytes = await readFile(path)
  } catch (error) {
    yield skip(path, 'unreadable', messageOf(error))
    return
  }
  yield bytesToDocument({ source: path, name: basename(path), bytes }, options)
}

async function readStdin(options: ReadOptions): Promise<RawDocument | Skipped> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  const chunks: Buffer[] = []
  let total = 0
  try {
    for await (const chunk of options.stdin ?? process.stdin) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk)
      total += buffer.byteLength
      if (total > maxBytes) return skip('stdin', 'too-large', `more than the ${formatBytes(maxBytes)} limit`)
      chunks.push(buffer)
    }
  } catch (error) {
    return skip('stdin', 'unreadable', messageOf(error))
  }
  return bytesToDocument({ source: 'stdin', name: 'stdin', bytes: Buffer.concat(chunks) }, options)
}
