import type { z } from 'zod'
import { ApiError, issuesOf } from './errors.js'
import { jsonDepth } from './json-depth.js'

/** Arrays and objects nested deeper than this are refused before parsing: every body this API takes nests 3 deep. */
export const MAX_JSON_DEPTH = 32

/**
 * A JSON request body, parsed after its nesting is checked (jsonDepth: a cheap scan, so `[[[[…` a million deep
 * is a 400 at once, not a long parse). Bad JSON is a 400 naming the parser's complaint.
 */
export function parseJsonBody(text: string): unknown {
  const depth = jsonDepth(text, MAX_JSON_DEPTH)
  if (depth > MAX_JSON_DEPTH) throw new ApiError('invalid_input', `body nests arrays and objects more than ${MAX_JSON_DEPTH} deep`)
  try {
    return JSON.parse(text) as unknown
  } catch (error) {
    throw new ApiError('invalid_input', `body is not valid JSON: ${error instanceof Error ? error.message : String(error)}`)
  }
}

/** Validates `value` with `schema`; a failure is a 400 naming each bad field under `where` ("body", "query"). */
export function parse<S extends z.ZodType>(schema: S, value: unknown, where: string): z.infer<S> {
  const result = schema.safeParse(value)
  if (result.success) return result.data
  const issues = issuesOf(result.error).map((i) => ({ ...i, path: i.path === '' ? where : `${where}.${i.path}` }))
  throw new ApiError('invalid_input', `invalid ${where}: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`, { issues })
}
