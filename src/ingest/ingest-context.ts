import type { Fetcher } from './fetch-url.js'
import type { ReadOptions } from './read-options.js'

/**
 * What every reader shares during one readInputs call: the options and one HTTP client, made on first use (its
 * module, with DNS and the address guard, loads then too).
 */
export interface IngestContext {
  readonly options: ReadOptions
  fetcher(): Promise<Fetcher>
  close(): Promise<void>
}

export function createIngestContext(options: ReadOptions): IngestContext {
  let fetcher: Promise<Fetcher> | undefined
  return {
    options,
    fetcher: () => (fetcher ??= import('./fetch-url.js').then(({ createFetcher }) => createFetcher(options))),
    close: async () => {
      await (await fetcher)?.close()
    },
  }
}
