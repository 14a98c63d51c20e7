import { createHash } from 'node:crypto'
import { normalizeForHash } from './normalize-for-hash.js'

/**
 * SHA-256 (hex) of the normalised text: equal for exact copies that differ only in whitespace, case,
 * punctuation or diacritics. Example: `contentHash('A  b.') === contentHash('a b')`.
 */
export function contentHash(text: string): string {
  return createHash('sha256').update(normalizeForHash(text)).digest('hex')
}

/** {@link contentHash} of text already passed through normalizeForHash. */
export function contentHashOfNormalized(normalized: string): string {
  return createHash('sha256').update(normalized).digest('hex')
}
