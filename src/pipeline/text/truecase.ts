import { FUNCTION_WORDS } from './word-lists.js'

// A title-case line capitalises every word of this many letters or more; shorter ones ("to", "at", "of") may stay lower.
const TITLE_WORD_LETTERS = 4
// Title-case lines are headlines and subheads: a few words. Longer lines in capitals are lists of names.
const MAX_TITLE_WORDS = 20

/**
 * A same-length copy of `text` in which the words of title-case lines ("Ellen DeGeneres To Host 86th Oscars",
 * "Esther Williams Dead: Technicolor Star Dies At Age 91") that the text itself writes in lower case elsewhere, and
 * capitalised function words, are lower-cased. On such a line a capital says nothing, so a tagger reads the whole
 * line as one name and a name finder glues "Ellen DeGeneres To Host" into one. A word the text capitalises
 * mid-sentence elsewhere ("DeGeneres", "Page" in "Ms Page's fame") stays as written; so does every word of a text
 * with no title-case line, and every line written in capitals only.
 *
 * @example truecaseTitleLines('Star Dies At 91\nThe star died on Friday.') // 'Star dies at 91\nThe star died on Friday.'
 */
export function truecaseTitleLines(text: string): string {
  const lines = [...text.matchAll(/[^\n]+/g)]
  const titles = lines.filter((line) => isTitleCaseLine(line[0]))
  if (titles.length === 0) return text
  const titleStarts = new Set(titles.map((line) => line.index))
  const lowered = new Set<string>()
  const capitalised = new Set<string>()
  for (const line of lines) if (!titleStarts.has(line.index)) collectCasing(line[0], lowered, capitalised)
  let out = text
  for (const line of titles) {
    const start = line.index
    const cased = line[0].replace(/\p{L}+/gu, (word) => (shouldLower(word, lowered, capitalised) ? word.toLowerCase() : word))
    out = out.slice(0, start) + cased + out.slice(start + cased.length)
  }
  return out
}

/**
 * Every word of four letters or more capitalised, at least three of them, and not a line in capitals only. Read
 * word by word: a line of prose is rejected at its first long word in lower case, so every article pays for its
 * headlines only (splitSentences and the name finder both ask, for every text).
 */
export function isTitleCaseLine(line: string): boolean {
  let words = 0
  let long = 0
  let inCapitals = true
  for (const [word] of line.matchAll(/\p{L}+/gu)) {
    if (++words > MAX_TITLE_WORDS) return false
    if (word.length >= TITLE_WORD_LETTERS) {
      if (!isCapitalised(word)) return false
      long++
    }
    if (inCapitals && word !== word.toUpperCase()) inCapitals = false
  }
  return long >= 3 && !inCapitals
}

/** Words of ordinary lines: lower-case ones by their stem, and those capitalised after another word (names). */
function collectCasing(line: string, lowered: Set<string>, capitalised: Set<string>): void {
  let previous = ''
  for (const m of line.matchAll(/\p{L}+|[.!?:;"“”«»]/gu)) {
    const word = m[0]
    if (!/\p{L}/u.test(word)) {
      previous = word
      continue
    }
    if (!isCapitalised(word)) lowered.add(stem(word))
    else if (previous !== '' && /\p{L}/u.test(previous)) capitalised.add(word)
    previous = word
  }
}

function shouldLower(word: string, lowered: ReadonlySet<string>, capitalised: ReadonlySet<string>): boolean {
  if (!isCapitalised(word) || word === word.toUpperCase() || capitalised.has(word)) return false
  const lower = word.toLowerCase()
  if (lower.length !== word.length) return false
  return FUNCTION_WORDS.has(lower) || lowered.has(stem(lower))
}

// One inflectional ending off, leaving three letters at least: "Dies" and "died" meet as "die", "Hosts" and "hosting" as "host".
const ENDINGS = ['ing', 'ies', 'ied', 'es', 'ed', 's', 'd']

function stem(word: string): string {
  const lower = word.toLowerCase()
  for (const ending of ENDINGS) if (lower.endsWith(ending) && lower.length - ending.length >= 3) return lower.slice(0, -ending.length)
  return lower
}

function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word)
}
