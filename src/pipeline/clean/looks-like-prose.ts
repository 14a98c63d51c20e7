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
  return SENTENCE.test(text) || lines.length <= 2
}

// Two thirds: finance copy full of figures still clears it ("Shares rose 3.2% to $45.10 on Tuesday." is 5 of 8).
const MIN_WORD_SHARE = 0.66
// A leading quote or bracket, letters (with inner apostrophes, hyphens, dots of abbreviations), trailing punctuation.
const WORD = /^[\p{Pi}\p{Ps}"'«„‚]*\p{L}[\p{L}\p{M}'’.\-]*[\p{Pf}\p{Pe}"'»“”.,;:!?…]*$/u
// Lines that open or close a block, end a statement, or start with a keyword (lower case: prose lines start upper).
const CODE_LINE = /[{([;]\s*$|^\s*[})\]]|^\s*(import|export|const|let|var|function|def|class|return|if|for|while|package|#include)\b/
const MAX_CODE_LINE_SHARE = 0.25
const PUNCTUATION = /^\p{P}+$/u
// Three words and a sentence-final mark, within one line.
const SENTENCE = /\p{L}+[^\n.!?]*?\s\p{L}+[^\n.!?]*?\s\p{L}+[^\n]*?[.!?…](?:["'»”’)\]]*)(?:\s|$)/u
