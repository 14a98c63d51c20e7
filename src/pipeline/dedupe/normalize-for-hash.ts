import { foldName } from '../text/index.js'

/**
 * The text two copies of one article share even when whitespace, case, diacritics, punctuation or
 * quote styles differ: "Łukaszenka  said: “Yes.”" → "lukaszenka said yes".
 */
export function normalizeForHash(text: string): string {
  return foldName(text).replace(/\s+/g, ' ')
}
