import type { OutletRegistry, RawDocument, Skipped } from '../model/index.js'
import { renderComparePage, type CompareEntry } from '../web/index.js'
import { compareArticles } from './compare-articles.js'
import { articleLabel, compareFormEntries, toArticleInput } from './compare-form.js'
import { ApiError, statusFor, type ErrorBody } from './errors.js'
import { estimateTextChars } from './estimate-text-chars.js'
import { parse, parseJsonBody } from './parse-body.js'
import { readArticleInputs } from './read-article-inputs.js'
import { CompareRequest, MAX_COMPARE_ARTICLES, MAX_COMPARE_CHARS, type ArticleInput } from './schemas.js'

/** What a comparison answers with: the JSON API's report or error, or the `/compare` page. */
export type CompareOutput = 'json' | 'page'

/**
 * One comparison as the worker pool runs it: everything between the raw body and the response text, so the
 * server's event loop only moves bytes. `request` is the body as received; when its articles include URLs,
 * the job answers `fetch` and the server (which keeps the fetcher's per-host state) reads them and sends the
 * documents back as a `documents` job.
 */
export type CompareJob =
  | { readonly kind: 'request'; readonly output: CompareOutput; readonly contentType: string; readonly body: ArrayBuffer; readonly settings: CompareSettings }
  | {
      readonly kind: 'documents'
      readonly output: CompareOutput
      readonly items: readonly (RawDocument | Skipped)[]
      readonly entries: readonly CompareEntry[]
      readonly language: string | undefined
      readonly settings: CompareSettings
    }

export interface CompareSettings {
  readonly outletRegistry?: OutletRegistry
  /** Article text one comparison may hold (MAX_COMPARE_CHARS). */
  readonly maxChars?: number
}

export type CompareJobResult =
  | { readonly kind: 'response'; readonly status: number; readonly body: string }
  | { readonly kind: 'fetch'; readonly inputs: readonly ArticleInput[]; readonly entries: readonly CompareEntry[]; readonly language: string | undefined }

/** Runs one comparison job; every expected failure (bad body, too large, nothing analysable) is a response. */
export async function runCompareJob(job: CompareJob): Promise<CompareJobResult> {
  let entries: readonly CompareEntry[] = []
  try {
    if (job.kind === 'documents') {
      entries = job.entries
      return compareItems(job.items, job.entries, job.language, job.output, job.settings)
    }
    const request = await readRequest(job)
    entries = request.entries
    const maxChars = job.settings.maxChars ?? MAX_COMPARE_CHARS
    const pasted = request.inputs.reduce((sum, input) => sum + (input.text === undefined ? (input.html === undefined ? 0 : estimateTextChars(input.html, 'html')) : input.text.length), 0)
    if (pasted > maxChars) {
      const count = (n: number): string => n.toLocaleString('en-US')
      throw new ApiError('too_large', `the articles hold about ${count(pasted)} characters of text; one comparison takes at most ${count(maxChars)} (parallax compare on the command line has no such limit)`)
    }
    if (request.inputs.some((input) => input.text === undefined && input.html === undefined)) return { kind: 'fetch', ...request }
    const items: (RawDocument | Skipped)[] = []
    // Pasted inputs only: readArticleInputs turns them into documents without any I/O.
    for await (const item of readArticleInputs(request.inputs, {}, (index) => `article ${index + 1}`)) items.push(item)
    return compareItems(items, request.entries, request.language, job.output, job.settings)
  } catch (error) {
    if (!(error instanceof ApiError)) throw error
    return errorResult(job.output, entries, error)
  }
}

/** The articles of a request body: JSON (`POST /api/compare`) or the form's multipart/urlencoded fields (`POST /compare`). */
async function readRequest(job: Extract<CompareJob, { kind: 'request' }>): Promise<{ inputs: ArticleInput[]; entries: CompareEntry[]; language: string | undefined }> {
  if (job.output === 'json') {
    const request = parse(CompareRequest, parseJsonBody(new TextDecoder().decode(job.body)), 'body')
    return { inputs: request.articles, entries: [], language: request.language }
  }
  let form: FormData
  try {
    form = await new Response(job.body, { headers: { 'content-type': job.contentType } }).formData()
  } catch {
    throw new ApiError('invalid_input', 'the form could not be read')
  }
  const entries = await compareFormEntries(form)
  const request = CompareRequest.safeParse({ articles: entries.map(toArticleInput) })
  if (!request.success) {
    const first = request.error.issues[0]
    throw new PageInputError(`${first === undefined ? '' : articleLabel(first.path)}${first?.message ?? 'invalid input'}`, entries)
  }
  return { inputs: request.data.articles, entries, language: undefined }
}

function compareItems(items: readonly (RawDocument | Skipped)[], entries: readonly CompareEntry[], language: string | undefined, output: CompareOutput, settings: CompareSettings): CompareJobResult {
  const documents = items.filter((item) => !('kind' in item)).length
  // A feed URL gives one document per item: the count is checked again once URLs are read.
  if (documents > MAX_COMPARE_ARTICLES) throw new ApiError('too_large', `the inputs give ${documents} or more articles (a feed URL gives one per item); one comparison takes at most ${MAX_COMPARE_ARTICLES}`)
  const result = compareArticles(items, settings.maxChars, {
    ...(language === undefined ? {} : { language }),
    ...(settings.outletRegistry === undefined ? {} : { outletRegistry: settings.outletRegistry }),
  })
  if ('skipped' in result) {
    const reasons = result.skipped.map((s) => `${s.source}: ${s.message}`).join('; ')
    if (output === 'page') return { kind: 'response', status: 422, body: renderComparePage({ entries, error: `No article could be analysed: ${reasons}` }) }
    return { kind: 'response', status: 422, body: JSON.stringify({ skipped: result.skipped, error: { code: 'invalid_input', message: `no article could be analysed: ${reasons}` } }) }
  }
  return { kind: 'response', status: 200, body: output === 'page' ? renderComparePage({ entries, report: result.report }) : JSON.stringify(result.report) }
}

/** A form that fails validation: the page shows the first problem, as "Article 2: …", above the user's boxes. */
class PageInputError extends ApiError {
  readonly entries: readonly CompareEntry[]
  constructor(message: string, entries: readonly CompareEntry[]) {
    super('invalid_input', message)
    this.entries = entries
  }
}

function errorResult(output: CompareOutput, entries: readonly CompareEntry[], error: ApiError): CompareJobResult {
  const status = statusFor(error.code)
  if (output === 'page') return { kind: 'response', status, body: renderComparePage({ entries: error instanceof PageInputError ? error.entries : entries, error: error.message }) }
  const body: ErrorBody = { error: { code: error.code, message: error.message, ...(error.issues === undefined ? {} : { issues: error.issues }) } }
  return { kind: 'response', status, body: JSON.stringify(body) }
}
