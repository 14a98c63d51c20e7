import { createFetcher, type Fetcher } from './fetch-url.js'
import type { ReadOptions } from './read-options.js'

/** What every reader shares during one readInputs call: the options and one HTTP client, made on first use. */
export interface IngestContext {
  readonly options: ReadOptions
  fetcher(): Fetcher
  close(): Promise<void>
}

export function createIngestContext(options: ReadOptions): IngestContext {
  let fetcher: Fetcher | undefined
  return {
    options,
    fetcher: () => (fetcher ??= createFetcher(options)),
    close: async () => {
      await fetcher?.close()
    },
  }
}
