import type { RemovalReason } from '../../model/index.js'

/**
 * Line-level page-furniture patterns. Each rule is tried on one trimmed line of the input; the first match wins.
 * Rules only fire on short lines (furniture is short), except the legal notice, which is recognised by its vocabulary.
 */
export interface LineRule {
  readonly reason: RemovalReason
  readonly pattern: RegExp
  /** Longest line (in words) the rule may remove: a real paragraph that starts with "Related" must survive. */
  readonly maxWords: number
}

export const LINE_RULES: readonly LineRule[] = [
  // "·", "* * *", "—": lines with no letters or digits at all
  { reason: 'separator', pattern: /^[^\p{L}\p{N}]+$/u, maxWords: 6 },
  { reason: 'copyright', pattern: /^(©|\(c\)\s|copyright\b)/i, maxWords: 15 },
  {
    reason: 'image-credit',
    pattern:
      /^(images?|photos?|pictures?|foto|fot\.|credits?|źródło zdjęć|фото)(\s+(source|credit|by))?\s*:|\b(getty images|shutterstock|ap photo|afp via getty|reuters\/|east news|pap\/)/i,
    maxWords: 15,
  },
  {
    reason: 'related-content',
    pattern:
      /^(related( content| articles?| stories| news)?|read (also|more|next)|see also|more (on|from) |recommended( for you)?|you (may|might) also like|czytaj (też|także|więcej)|zobacz (też|także)|читайте (также|також)|див\. також)\b/i,
    maxWords: 8,
  },
  {
    reason: 'share-button',
    pattern: /^(share( this( article| story)?)?|tweet|print|e-?mail|copy link|share on \w+|facebook|twitter|x|whatsapp|telegram|udostępnij|поделиться|поширити)$/i,
    maxWords: 4,
  },
  {
    reason: 'boilerplate',
    pattern:
      /^(advertisement|sponsored( content)?|subscribe\b|sign up\b|newsletter|comments?( \(\d+\))?$|follow us\b|reklama$|реклама$|show comments|load more|listen to (this )?article|\d+ min(ute)? read$)/i,
    maxWords: 10,
  },
  { reason: 'byline', pattern: /^(by|written by|author:|autor:|автор:)\s+\p{Lu}/iu, maxWords: 8 },
]

// Vocabulary of site legal notices ("Downloading, reproduction, storage ... requires prior and explicit consent").
const LEGAL_TERMS =
  /\b(reproduction|all rights reserved|prior (and explicit |written )?(consent|permission)|without (the )?(prior |express )?(written )?(permission|consent)|terms of (use|service)|privacy policy|cookies?|copyright|owner of this website|redistribut\w+|text and data mining|machine learning)\b/gi

/** True for a paragraph that is a site's legal or cookie notice: at least two distinct legal terms. */
export function isLegalNotice(line: string): boolean {
  const hits = new Set((line.match(LEGAL_TERMS) ?? []).map((t) => t.toLowerCase()))
  return hits.size >= 2
}

/** Share/print buttons glued to the end of a paragraph: "…to place them in Belarus. Share". */
export const TRAILING_BUTTON = /(?<=[.!?"”’)\]])\s+(share|tweet|print|share this( article)?|udostępnij)\s*$/i

export function wordCount(line: string): number {
  return line.split(/\s+/).filter(Boolean).length
}
