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
  const tokens = text.split(/\s+/).filter((t) => t !== '' && !PUNCTUATION.test(t))
  if (tokens.length === 0) return false
  const words = tokens.filter((t) => WORD.test(t)).length
  if (words / tokens.length < MIN_WORD_SHARE) return false
  const lines = text.split('\n').filter((line) => line.trim() !== '')
  // Source code is mostly words too (identifiers, comments), but its lines end in braces and semicolons.
  if (lines.filter((line) => CODE_LINE.test(line)).length >= lines.length * MAX_CODE_LINE_SHARE) return false
  // A headline alone has no full stop; a longer text without one sentence is a list or a table.
  return hasSentence(text) || lines.length <= 2
}

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
  for (const ch of text) {
    const code = ch.charCodeAt(0)
    // ASCII without a regular expression: most characters of most texts.
    const letter = code < 128 ? ((code | 32) >= 97 && (code | 32) <= 122) : LETTER.test(ch)
    const space = code < 128 ? code === 32 || (code >= 9 && code <= 13) : SPACE.test(ch)
    if (s6 && space) return true
    const run = ch !== '\n' && ch !== '.' && ch !== '!' && ch !== '?'
    const mark = !run ? ch !== '\n' : ch === '…'
    const n6 = (s5 && mark) || (s6 && CLOSING.has(ch))
    const n5 = (s4 && letter) || (s5 && ch !== '\n')
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
// A leading quote or bracket, letters (with inner apostrophes, hyphens, dots of abbreviations), trailing punctuation.
const WORD = /^[\p{Pi}\p{Ps}"'«„‚]*\p{L}[\p{L}\p{M}'’.\-]*[\p{Pf}\p{Pe}"'»“”.,;:!?…]*$/u
// Lines that open or close a block, end a statement, or start with a keyword (lower case: prose lines start upper).
const CODE_LINE = /[{([;]\s*$|^\s*[})\]]|^\s*(import|export|const|let|var|function|def|class|return|if|for|while|package|#include)\b/
const MAX_CODE_LINE_SHARE = 0.25
const PUNCTUATION = /^\p{P}+$/u
const LETTER = /^\p{L}$/u
const SPACE = /^\s$/u
const CLOSING = new Set(['"', "'", '»', '”', '’', ')', ']'])
