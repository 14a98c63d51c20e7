import { readFileSync, statSync } from 'node:fs'
import { readdir, readFile, stat } from 'node:fs/promises'
import { basename, join } from 'node:path'
import type { RawDocument, Skipped } from '../model/index.js'
import { bytesToDocument, formatBytes } from './bytes-to-document.js'
import { createIngestContext, type IngestContext } from './ingest-context.js'
import { looksLikeFeed } from './parse-feed.js'
import { parseUrlList } from './parse-url-list.js'
import { DEFAULT_MAX_BYTES, type ReadOptions } from './read-options.js'
import { rejectDataFormats } from './reject-data-formats.js'
import { messageOf, skip } from './skip.js'

// The reader of each input kind is imported with the first input of that kind: reading two text files loads no
// HTTP client, DNS, feed, WARC or JSON Lines code.
const readUrl: typeof import('./read-url.js').readUrl = async function* (url, context) {
  yield* (await import('./read-url.js')).readUrl(url, context)
}
const readFeed: typeof import('./read-feed.js').readFeed = async function* (source, text, context) {
  yield* (await import('./read-feed.js')).readFeed(source, text, context)
}
const readWarc: typeof import('./read-warc.js').readWarc = async function* (path, context) {
  yield* (await import('./read-warc.js')).readWarc(path, context)
}
const readJsonLines: typeof import('./read-json-lines.js').readJsonLines = async function* (path, context) {
  yield* (await import('./read-json-lines.js')).readJsonLines(path, context)
}

/**
 * Reads every input the user named, one document at a time: file paths (HTML, .html.gz, text), directories
 * (recursively, in name order, skipping dot-files and a folder's README, licence or configuration files), `-` for stdin, http(s) URLs, RSS/Atom/JSON feeds
 * (files or URLs; one document per item), WARC/WARC.gz, JSON Lines, and URL lists (a text file of one URL per
 * line: each URL read in turn). A bad input yields a Skipped and
 * the batch goes on.
 * Example: `for await (const doc of readInputs(['pages/', '-'], {})) …`
 */
export async function* readInputs(specs: readonly string[], options: ReadOptions = {}): AsyncGenerator<RawDocument | Skipped> {
  const context = createIngestContext(options)
  try {
    for (const spec of specs) {
      try {
        if (spec === '-') yield* fromDocument(await readStdin(options), context)
        else if (/^https?:\/\//i.test(spec)) yield* readUrl(spec, context)
        else yield* readPath(spec, context)
      } catch (error) {
        // Readers return Skipped for every failure they know; anything else is a bug, but it must not end the batch
        yield skip(spec === '-' ? 'stdin' : spec, 'unreadable', `could not read: ${messageOf(error)}`)
      }
    }
  } finally {
    await context.close()
  }
}

/** Directories already read in this call, by device and inode: a symlink back up the tree must not loop. */
type Visited = Set<string>

async function* readPath(path: string, context: IngestContext, visited: Visited = new Set()): AsyncGenerator<RawDocument | Skipped> {
  let info
  try {
    info = await stat(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    yield skip(path, 'unreadable', code === 'ENOENT' ? 'no such file or directory' : messageOf(error))
    return
  }
  if (info.isDirectory()) {
    const key = `${info.dev}:${info.ino}`
    if (visited.has(key)) return // reached again through a symlink: already read
    visited.add(key)
    yield* readDirectory(path, context, visited)
    return
  }
  if (!info.isFile()) {
    yield skip(path, 'unreadable', 'not a regular file')
    return
  }
  const name = basename(path).toLowerCase()
  // Containers are streamed record by record, so the size limit applies per record, not per file
  if (/\.warc(\.gz)?$/.test(name)) yield* readWarc(path, context)
  else if (/\.(jsonl|ndjson)(\.gz)?$/.test(name)) yield* readJsonLines(path, context)
  else yield* fromDocument(await readFileDocument(path, info.size, context.options), context)
}

/**
 * Files that sit beside the articles in a folder and are not one: its README, licence, change log, an outlet
 * registry or other configuration. Read as articles they became a story's title ("# Examples") and shared facts.
 * Only a folder's files are judged by name: a file the user names is read whatever it is called.
 */
function isBesideArticles(name: string): boolean {
  return /^(readme|licen[cs]e|copying|changelog|contributing|code_of_conduct)(\.(md|markdown|txt|rst|html?))?$/i.test(name) || /\.(ya?ml|toml|ini|cfg|conf|lock)$/i.test(name)
}

function isContainer(name: string): boolean {
  return /\.(warc|jsonl|ndjson)(\.gz)?$/i.test(name)
}

/**
 * A plain file of a directory, read with blocking calls, or null when it is not a plain file any more (readPath
 * then says what it is). Reading a file through the thread pool is five round trips (stat, open, fstat, read,
 * close) at ~50 µs of CPU each on the shared VM: reading 3,000 files that way took 690–830 ms of CPU, blocking
 * 60–100 ms (issue 19). A directory's files are local, and a read from the page cache takes microseconds.
 */
function readPlainFile(path: string, options: ReadOptions): RawDocument | Skipped | null {
  let info
  try {
    info = statSync(path)
  } catch {
    return null
  }
  if (!info.isFile()) return null
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  if (info.size > maxBytes) return tooLarge(path, info.size, maxBytes)
  try {
    return bytesToDocument({ source: path, name: basename(path), bytes: readFileSync(path) }, options)
  } catch (error) {
    return skip(path, 'unreadable', messageOf(error))
  }
}

/**
 * A file or stdin that turns out to be a feed is read item by item; one that is a list of URLs ("feeds.txt")
 * has each URL read as if given on the command line (a page, or a feed item by item).
 */
async function* fromDocument(document: RawDocument | Skipped, context: IngestContext): AsyncGenerator<RawDocument | Skipped> {
  if ('kind' in document) {
    yield document
    return
  }
  const urls = document.format === 'text' ? parseUrlList(document.content) : undefined
  if (urls !== undefined) {
    for (const url of urls) {
      try {
        yield* readUrl(url, context)
      } catch (error) {
        yield skip(url, 'unreadable', `could not read (listed in ${document.source}): ${messageOf(error)}`)
      }
    }
  } else if (looksLikeFeed(document.content)) yield* readFeed(document.source, document.content, context)
  else yield rejectDataFormats(document) ?? document
}

async function* readDirectory(dir: string, context: IngestContext, visited: Visited): AsyncGenerator<RawDocument | Skipped> {
  let entries
  try {
    entries = await readdir(dir, { withFileTypes: true })
  } catch (error) {
    yield skip(dir, 'unreadable', messageOf(error))
    return
  }
  const listed = entries.filter((entry) => !entry.name.startsWith('.'))
  listed.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const entry of listed) {
    const path = join(dir, entry.name)
    if (entry.isFile() && isBesideArticles(entry.name)) {
      yield skip(path, 'not-an-article', "a folder's documentation or configuration file, not an article (name the file itself to read it)")
      continue
    }
    // Plain files are read here; directories, links, containers and files that changed meanwhile by readPath.
    const document = entry.isFile() && !isContainer(entry.name) ? readPlainFile(path, context.options) : null
    if (document === null) yield* readPath(path, context, visited)
    else yield* fromDocument(document, context)
  }
}

async function readFileDocument(path: string, size: number, options: ReadOptions): Promise<RawDocument | Skipped> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  // Checked before reading so a 100 MB file costs nothing; a .gz is checked again after decompression.
  if (size > maxBytes) return tooLarge(path, size, maxBytes)
  try {
    return bytesToDocument({ source: path, name: basename(path), bytes: await readFile(path) }, options)
  } catch (error) {
    return skip(path, 'unreadable', messageOf(error))
  }
}

function tooLarge(path: string, size: number, maxBytes: number): Skipped {
  return skip(path, 'too-large', `${formatBytes(size)} is over the ${formatBytes(maxBytes)} limit`)
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
