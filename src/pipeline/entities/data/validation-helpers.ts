/** Small guards shared by the gazetteer checks: the data arrives as parsed JSON (`unknown`). */

/** Records that `kind` uses the folded name `key` (for cross-kind warnings). */
export function noteKind(index: Map<string, Set<string>>, key: string, kind: string): void {
  const kinds = index.get(key)
  if (kinds) kinds.add(kind)
  else index.set(key, new Set([kind]))
}

/** A plain JSON object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A string with at least one non-space character. */
export function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== ''
}

/** An array whose items are all strings (possibly empty). */
export function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string')
}
