/** Why a text that fails looksLikeProse is refused, as the user reads it. */
export const NOT_PROSE = 'the text is mostly data, not sentences (a log, a table, a password file, code?)'

/**
 * Whether a cleaned text reads as written prose, not as data that happens to be text (a password file, a log, a
 * CSV table, source code). Articles are mostly words: in news text about 80 % of whitespace-separated tokens are
 * words (letters, with at most trailing punctuation or a leading quote), in every language we read, even in
 * figure-heavy business copy; in /etc/passwd it is under 10 %, in system logs about half. Prose also has
 * sentences: at least one run of several words ends in a full stop, question or exclamation mark.
 */
export function looksLikeProse(text: string): boolean {
  // Punctuation standing alone (tokenised corpora write "4 . 6" and "dies , aged") is neither word nor data;
  // symbols ("=", "=>", "|") are data.
  const { tokens, words } = countTokens(text)
  if (tokens === 0) return false
  if (words / tokens < MIN_WORD_SHARE) return false
  const lines = text.split('\n').filter((line) => line.trim() !== '')
  // Source code is mostly words too (identifiers, comments), but its lines end in braces and semicolons.
  if (lines.filter((line) => CODE_LINE.test(line)).length >= lines.length * MAX_CODE_LINE_SHARE) return false
  // A headline alone has no full stop; a longer text without one sentence is a list or a table.
  return hasSentence(text) || lines.length <= 2
}

/**
 * The whitespace-separated tokens of `text` that are not punctuation alone, and how many of them are words: what
 * splitting it at /\s+/ and testing each token with PUNCTUATION and WORD counts, with the tests run in place
 * (sticky, up to the token's end) instead of on a copy of every token of every article (issue 19).
 */
function countTokens(text: string): { tokens: number; words: number } {
  let tokens = 0
  let words = 0
  for (let at = 0; at < text.length; ) {
    if (isWhiteSpace(text.charCodeAt(at))) {
      at++
      continue
    }
    PUNCTUATION_AT.lastIndex = at
    const isPunctuation = PUNCTUATION_AT.test(text)
    if (!isPunctuation) {
      tokens++
      WORD_AT.lastIndex = at
      if (WORD_AT.test(text)) words++
    }
    while (at < text.length && !isWhiteSpace(text.charCodeAt(at))) at++
  }
  return { tokens, words }
}

/** Whether a code unit is one /\s/ matches. */
function isWhiteSpace(code: number): boolean {
  return code < 128 ? code === 32 || (code >= 9 && code <= 13) : WHITE_SPACE.has(code)
}

const WHITE_SPACE: ReadonlySet<number> = new Set(
  [...'\u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff'].map((c) => c.charCodeAt(0)).concat(Array.from({ length: 11 }, (_, i) => 0x2000 + i)),
)

/**
 * Whether the text holds three words and a sentence-final mark within one line: the same answer as the regular
 * expression `\p{L}+[^\n.!?]*?\s\p{L}+[^\n.!?]*?\s\p{L}+[^\n]*?[.!?…]["'»”’)\]]*(?:\s|$)` (u flag), found in one pass.
 * That expression backtracks polynomially on long lines without a full stop: a 737-character headline line took
 * 148 ms, half of all ingest time on the bench corpus. Here every state of the pattern is tracked at once (an NFA
 * simulation), so the cost is linear; looks-like-prose.test.ts checks the two agree on random texts.
 */
export function hasSentence(text: string): boolean {
  // States: 1 in the first word's run, 2 after the first space, 3 in the second run, 4 after the second space,
  // 5 in the third word's run up to the mark, 6 after the mark (and closing quotes).
  let [s1, s2, s3, s4, s5, s6] = [false, false, false, false, false, false]
  // By code point, as a string's iterator gives them, without a string per character (issue 19).
  for (let at = 0; at < text.length; ) {
    const code = text.codePointAt(at) as number
    at += code > 0xffff ? 2 : 1
    // ASCII without a regular expression: most characters of most texts.
    const letter = code < 128 ? (code | 32) >= 97 && (code | 32) <= 122 : isLetter(code)
    const space = code < 128 ? code === 32 || (code >= 9 && code <= 13) : code <= 0xffff && isWhiteSpace(code)
    if (s6 && space) return true
    const run = code !== 10 && code !== 46 && code !== 33 && code !== 63
    const mark = !run ? code !== 10 : code === 0x2026
    const n6 = (s5 && mark) || (s6 && CLOSING.has(code))
    const n5 = (s4 && letter) || (s5 && code !== 10)
    const n4 = s3 && space
    const n3 = (s2 && letter) || (s3 && run)
    const n2 = s1 && space
    const n1 = letter || (s1 && run)
    s1 = n1
    s2 = n2
    s3 = n3
    s4 = n4
    s5 = n5
    s6 = n6
  }
  return s6
}

// Two thirds: finance copy full of figures still clears it ("Shares rose 3.2% to $45.10 on Tuesday." is 5 of 8).
const MIN_WORD_SHARE = 0.66
// Lines that open or close a block, end a statement, or start with a keyword (lower case: prose lines start upper).
const CODE_LINE = /[{([;]\s*$|^\s*[})\]]|^\s*(import|export|const|let|var|function|def|class|return|if|for|while|package|#include)\b/
const MAX_CODE_LINE_SHARE = 0.25
// A word: a leading quote or bracket, letters (with inner apostrophes, hyphens, dots of abbreviations), trailing
// punctuation; and punctuation alone (/^\p{P}+$/u). Matched in place: from lastIndex to the end of its token (whitespace or the text's end).
const WORD_AT = /[\p{Pi}\p{Ps}"'«„‚]*\p{L}[\p{L}\p{M}'’.\-]*[\p{Pf}\p{Pe}"'»“”.,;:!?…]*(?=\s|$)/uy
const PUNCTUATION_AT = /\p{P}+(?=\s|$)/uy
const LETTER = /^\p{L}$/u
/** Per BMP code unit: 0 not tested yet, 1 a letter, 2 not one. */
const BMP_LETTERS = new Uint8Array(0x10000)
const CLOSING: ReadonlySet<number> = new Set([...'"\'»”’)]'].map((c) => c.charCodeAt(0)))

/** Whether a code point (a lone surrogate included, never a letter) is a letter. */
function isLetter(point: number): boolean {
  if (point > 0xffff) return LETTER.test(String.fromCodePoint(point))
  let known = BMP_LETTERS[point] as number
  if (known === 0) {
    known = LETTER.test(String.fromCharCode(point)) ? 1 : 2
    BMP_LETTERS[point] = known
  }
  return known === 1
}
