import { AppError } from '../model/index.js'

/** Job payloads, parsed at the edge: pg-boss hands back whatever JSON is in the row. */
export interface ExtractJob {
  readonly ordinals: readonly number[]
}
export interface FetchJob {
  readonly ordinal: number
  readonly url: string
  readonly outlet?: string
  /** `--allow-private`: the URL may be on a loopback or private address (off by default: SSRF guard). */
  readonly allowPrivate?: boolean
}
export interface AnalyseJob {
  readonly articleId: string
  readonly storyId: string
  readonly revision: number
}

export function parseExtractJob(data: unknown): ExtractJob {
  const ordinals = field(data, 'ordinals')
  if (!Array.isArray(ordinals) || !ordinals.every((n) => Number.isSafeInteger(n))) throw invalid('extract', data)
  return { ordinals: ordinals as number[] }
}

export function parseFetchJob(data: unknown): FetchJob {
  const ordinal = field(data, 'ordinal')
  const url = field(data, 'url')
  const outlet = field(data, 'outlet')
  const allowPrivate = field(data, 'allowPrivate')
  if (!Number.isSafeInteger(ordinal) || typeof url !== 'string' || (outlet !== undefined && typeof outlet !== 'string')) throw invalid('fetch', data)
  return { ordinal: ordinal as number, url, ...(typeof outlet === 'string' ? { outlet } : {}), ...(allowPrivate === true ? { allowPrivate: true } : {}) }
}

export function parseAnalyseJob(data: unknown): AnalyseJob {
  const articleId = field(data, 'articleId')
  const storyId = field(data, 'storyId')
  const revision = field(data, 'revision')
  if (typeof articleId !== 'string' || typeof storyId !== 'string' || !Number.isSafeInteger(revision)) throw invalid('analyse', data)
  return { articleId, storyId, revision: revision as number }
}

function field(data: unknown, name: string): unknown {
  return typeof data === 'object' && data !== null ? (data as Record<string, unknown>)[name] : undefined
}

function invalid(kind: string, data: unknown): AppError {
  return new AppError('invalid_input', `${kind} job: malformed data ${JSON.stringify(data)?.slice(0, 200) ?? ''}`)
}
