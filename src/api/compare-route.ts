import type { Handler } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { DEFAULT_MAX_BYTES, type ReadOptions } from '../ingest/index.js'
import type { RawDocument, Skipped } from '../model/index.js'
import type { ApiEnv } from './api-env.js'
import type { CompareOutput, CompareSettings } from './compare-job.js'
import type { ComparePool } from './compare-pool.js'
import { ApiError } from './errors.js'
import { readArticleInputs } from './read-article-inputs.js'
import { MAX_COMPARE_ARTICLES, MAX_COMPARE_BODY_BYTES } from './schemas.js'

export interface CompareRouteDeps {
  readonly pool: ComparePool
  /** Options for fetching URL inputs; `allowPrivate` is always off. */
  readonly read: ReadOptions
  readonly settings: CompareSettings
}

/**
 * The handler of `POST /api/compare` (output `json`) and of the `/compare` form (`page`). The event loop only
 * moves bytes: the body goes to the worker pool as received (parsed, validated, limited and compared there),
 * and the answer comes back as text. URL inputs are fetched here, between two jobs, because the fetcher keeps
 * per-host state (politeness delays) and its options may hold functions that cannot cross to a worker.
 */
export function compareRoute({ pool, read, settings }: CompareRouteDeps, output: CompareOutput): Handler<ApiEnv> {
  const fetchOptions: ReadOptions = { ...read, allowPrivate: false, maxBytes: Math.min(read.maxBytes ?? DEFAULT_MAX_BYTES, MAX_COMPARE_BODY_BYTES) }
  return async (c) => {
    const contentType = c.req.header('content-type') ?? ''
    if (output === 'json' && !/^application\/json\b/i.test(contentType)) throw new ApiError('invalid_input', 'send the body as JSON with "Content-Type: application/json"')
    if (output === 'page' && !/^(multipart\/form-data|application\/x-www-form-urlencoded)\b/i.test(contentType)) throw new ApiError('invalid_input', 'the form could not be read')
    const body = await c.req.arrayBuffer()
    // The client's connection: a comparison whose client has gone away is dropped, not run to its end.
    const signal = c.req.raw.signal
    let result = await pool.run({ kind: 'request', output, contentType, body, settings }, [body], false, signal)
    if (result.kind === 'fetch') {
      const items: (RawDocument | Skipped)[] = []
      let documents = 0
      for await (const item of readArticleInputs(result.inputs, fetchOptions, (index) => `article ${index + 1}`)) {
        items.push(item)
        // One past the limit is enough for the worker to refuse the request: a long feed is not read to its end.
        if (!('kind' in item) && ++documents > MAX_COMPARE_ARTICLES) break
      }
      result = await pool.run({ kind: 'documents', output, items, entries: result.entries, language: result.language, settings }, [], true, signal)
    }
    if (result.kind !== 'response') throw new Error('compare: a documents job asked for a fetch')
    if (output === 'page') c.header('Cache-Control', 'no-store')
    const type = output === 'page' ? 'text/html; charset=UTF-8' : 'application/json; charset=UTF-8'
    return c.body(result.body, result.status as ContentfulStatusCode, { 'Content-Type': type })
  }
}
