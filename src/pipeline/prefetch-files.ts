import { readFile } from 'node:fs/promises'
import { readFileSync } from 'node:fs'

/**
 * Files read in the background while a command loads its code. The models' data (~8 MB of tables) is read by the
 * first analysis, synchronously; started at the command's start instead, the reads and the first touch of their
 * fresh memory run on libuv's thread pool, on the other core, while the main thread compiles modules (issue 19's
 * cold start). A reader takes the bytes once; a read not finished, failed or never started is done there and then.
 */
const prefetched = new Map<string, Buffer | null>()

/** Starts reading `urls` in the background (each once); the promise settles when those reads have (callers need not wait). */
export function prefetch(urls: readonly URL[]): Promise<void> {
  const reads: Promise<void>[] = []
  for (const url of urls) {
    const key = url.href
    if (prefetched.has(key)) continue
    prefetched.set(key, null)
    reads.push(
      readFile(url).then(
        (bytes) => {
          if (prefetched.has(key)) prefetched.set(key, bytes)
        },
        () => {
          prefetched.delete(key)
        },
      ),
    )
  }
  return Promise.all(reads).then(() => undefined)
}

/** The bytes of `url`: a finished prefetch's (taken, not kept), else read now, as readFileSync reads them. */
export function readFileOnce(url: URL): Buffer {
  const bytes = prefetched.get(url.href)
  prefetched.delete(url.href)
  return bytes ?? readFileSync(url)
}
