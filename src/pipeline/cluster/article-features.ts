import { foldName, nameKey } from '../text/index.js'
import { englishGlosses, isLexiconLanguage, isStopword, type LexiconLanguage } from '../lexicon/index.js'
import { STOPWORDS } from './stopwords.js'
import { charWidth } from '../text/char-width.js'
// The gazetteer's modules alone, not the entity finder: ingest workers group English text without it.
import { loadGazetteer } from '../entities/gazetteer.js'
import { localNames, wordKeys } from '../entities/local-names.js'

/** What grouping reads from one article. */
export interface FeatureInput {
  readonly title: string
  readonly text: string
  /** ISO 8601; absent when unknown (grouping then ignores time for this article). */
  readonly publishedAt?: string
  /** BCP-47 primary subtag; words of uk, ru, be, pl, cs and de count as their English gloss, so the same story
   *  in two languages shares its terms. Absent or another language: words count as written. */
  readonly language?: string
}

/**
 * Weighted term counts of one article. Keys carry their kind: "w:" content word (folded, crudely stemmed),
 * "e:" name word (capitalised mid-sentence, folded with nameKey so Лукашенко/Lukashenka/Lukashenko meet),
 * "n:" number of 2+ digits (years, counts, magnitudes).
 */
export interface ArticleFeatures {
  readonly terms: ReadonlyMap<string, number>
  /** Milliseconds since the epoch, or null when the date is unknown. */
  readonly time: number | null
}

/** Term weights by kind, the title's and the lead's; defaults tuned on dev sets (see docs/STORE.md). */
export interface FeatureWeights {
  readonly word: number
  readonly entity: number
  readonly number: number
  readonly title: number
  /** Extra weight of the body's first `leadTokens` words: the lede names the event, later paragraphs its background. */
  readonly lead: number
  readonly leadTokens: number
}

/**
 * Dev BCubed F1 ECB+/BASIL/AllSides (scripts/eval/clustering.ts, URL dates on AllSides): the earlier
 * { entity: 2, number: 1.5, no lead } .859/.986/.807; entity 1 .895/.986/.832 (names weighted twice let shared
 * background names — Nixon, Red Sox — pull twin events together); number 3 .876/.986/.837; a lead of 0.5 over
 * 30 words .897/.986/.839 (lead 1.0: .897/.986/.834, 2.0: .886/.986/.824). Entity 1.5 (.886/.986/.830) is kept
 * over 1: in a batch of a few articles IDF cannot tell topic words from event words, and names then have to
 * keep twin events apart (cluster.test.ts, two earthquakes).
 */
export const DEFAULT_FEATURE_WEIGHTS: FeatureWeights = { word: 1, entity: 1.5, number: 3, title: 2, lead: 0.5, leadTokens: 30 }

/**
 * Whether the three characters before `index` end a sentence: one of . ! ? : " “ ” » or a line break, then only
 * white space (what /[.!?:"“”»\n]\s*$/ says of them, without cutting them out for every token).
 */
function followsSentenceEnd(text: string, index: number): boolean {
  for (let i = index - 1; i >= Math.max(0, index - 3); i--) {
    const c = text.charCodeAt(i)
    if (SENTENCE_END_CODES.has(c)) return true
    if (!WHITE_SPACE_CODES.has(c)) return false
  }
  return false
}

const SENTENCE_END_CODES: ReadonlySet<number> = new Set([...'.!?:"“”»\n'].map((c) => c.charCodeAt(0)))
/** The code units JavaScript's \s matches. */
const WHITE_SPACE_CODES: ReadonlySet<number> = new Set(
  [...'\t\n\v\f\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff'].map((c) => c.charCodeAt(0)).concat(Array.from({ length: 11 }, (_, i) => 0x2000 + i)),
)

/**
 * Extracts the terms grouping compares. Capitalised words at the start of a sentence count as names only when
 * the same word is capitalised mid-sentence elsewhere in the article ("Putin said" after "... said Putin").
 * Example: `articleFeatures({ title: '', text: 'Minsk hosted Putin in 2024.' }).terms` has "e:putin", "n:2024".
 */
export function articleFeatures(input: FeatureInput, weights: FeatureWeights = DEFAULT_FEATURE_WEIGHTS): ArticleFeatures {
  const terms = new Map<string, number>()
  const language = input.language !== undefined && isLexiconLanguage(input.language) ? input.language : undefined
  addTokens(terms, input.title, weights.title, weights, 0, language)
  addTokens(terms, input.text, 1, weights, weights.leadTokens, language)
  // The language read through a lexicon, as a term of weight 0 (no similarity or vector counts it): the twin-event
  // split reads it (languageOf), and it is stored with the terms, so a stored article keeps it.
  if (language !== undefined) terms.set(`${LANGUAGE_TERM}${language}`, 0)
  const time = input.publishedAt === undefined ? null : Date.parse(input.publishedAt)
  return { terms, time: time === null || Number.isNaN(time) ? null : time }
}

const LANGUAGE_TERM = 'l:'

/** The language `articleFeatures` read an article's words in ("uk"), or "" for English and other languages read as written. */
export function languageOf(features: ArticleFeatures): string {
  for (const term of features.terms.keys()) if (term.startsWith(LANGUAGE_TERM)) return term.slice(LANGUAGE_TERM.length)
  return ''
}

function addTokens(
  terms: Map<string, number>,
  rawText: string,
  scale: number,
  weights: FeatureWeights,
  leadTokens: number,
  language: LexiconLanguage | undefined,
): void {
  // Curly apostrophes ("don’t") as straight ones, so such words stay on fold()'s ASCII fast path.
  const text = rawText.replace(/\u2019/g, "'")
  // Words and whether each starts a sentence, in two arrays: an object per token (and the iterator of matchAll)
  // was the largest allocation of ingest, and a match array per token the next largest (issue 19).
  const words: string[] = []
  const atStart: boolean[] = []
  for (let at = nextWordStart(text, 0); at < text.length; at = nextWordStart(text, at)) {
    const start = at
    at = wordEnd(text, at)
    atStart.push(words.length === 0 || followsSentenceEnd(text, start))
    words.push(text.slice(start, at))
  }
  // Proper-case words seen mid-sentence are names; the same word at a sentence start or in an ALL-CAPS
  // headline ("ELLEN DEGENERES TO HOST") is then a name too.
  const names = new Set<string>()
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string
    if (!atStart[i] && isNameShaped(word)) names.add(fold(word))
  }
  // Words repeat within an article: fold, stem and name keys once per distinct word.
  const keys = new Map<string, string | null>()
  for (let index = 0; index < words.length; index++) {
    const word = words[index] as string
    let key = keys.get(word)
    if (key === undefined) {
      key = termOf(word, names, language)
      keys.set(word, key)
    }
    if (key === null) continue
    const weight = key.startsWith('e:') ? weights.entity : key.startsWith('n:') ? weights.number : weights.word
    const position = index < leadTokens ? 1 + weights.lead : 1
    terms.set(key, (terms.get(key) ?? 0) + weight * scale * position)
  }
}

/** Hoisted: a regular expression literal is a new object each time it is evaluated, here once per word of every article. */
const STARTS_WITH_NUMBER = /^\p{N}/u

function termOf(word: string, names: ReadonlySet<string>, language: LexiconLanguage | undefined): string | null {
  if (STARTS_WITH_NUMBER.test(word)) {
    const digits = word.replace(/\D/g, '')
    // Single digits ("2 people", "5 percent") are too common to tell events apart.
    return digits.length >= 2 ? `n:${digits.replace(/^0+(?=\d)/, '')}` : null
  }
  const folded = fold(word)
  if (language !== undefined) return foreignTermOf(word, folded, names, language)
  if (folded.length < 2 || STOPWORDS.has(folded)) return null
  if (names.has(folded)) return `e:${nameKey(folded)}`
  if (folded.length < 3) return null
  return `w:${stem(folded)}`
}

/**
 * A word of another language: a name by its inflection-free key (Путиным → "putin"), a common word as the stem of
 * its first English gloss ("землетрясения" → "earthquake"), else as written.
 */
function foreignTermOf(word: string, folded: string, names: ReadonlySet<string>, language: LexiconLanguage): string | null {
  const lower = word.toLowerCase()
  if (folded.length < 2 || isStopword(language, lower)) return null
  if (names.has(folded)) return englishNameKey(word, language) ?? `e:${nameKey(word, language)}`
  if (folded.length < 3) return null
  const gloss = englishGlosses(language, lower)[0]
  if (gloss !== undefined) return STOPWORDS.has(gloss) ? null : `w:${stem(gloss)}`
  return `w:${stem(folded)}`
}

/**
 * A name the gazetteer knows in any case form of `language`, as the key its English name has in an English article
 * ("Білорусі", "Białorusi", "Беларуси" → "e:" + nameKey("belarus"), as "Belarus" gives): transliteration alone
 * keeps "Білорусь" and "Belarus", "Орєшнік" and "Oreshnik" apart, and with them the same story in two languages.
 * Only names the gazetteer writes in one English word: an English article's terms are its words.
 */
function englishNameKey(word: string, language: LexiconLanguage): string | null {
  const local = localNames(loadGazetteer(), language)
  if (local === undefined) return null
  for (const k of wordKeys(word, local.lang)) {
    const entry = local.byKey.get(k)
    if (entry !== undefined) return /^[\p{L}\p{N}'’-]+$/u.test(entry.name) ? `e:${nameKey(fold(entry.name))}` : null
  }
  return null
}

/** The index of the next word's first character at or after `from` (what /[\p{L}\p{N}]/u finds), or text.length. */
function nextWordStart(text: string, from: number): number {
  let at = from
  while (at < text.length && wordCharWidth(text, at) === 0) at++
  return at
}

/** The end of the word starting at `start`: letters, digits and apostrophes, as the tokens of [\p{L}\p{N}][\p{L}\p{N}'’]* run. */
function wordEnd(text: string, start: number): number {
  let at = start + wordCharWidth(text, start)
  for (;;) {
    if (at >= text.length) return at
    const code = text.charCodeAt(at)
    if (code === 39 || code === 0x2019) {
      at++
      continue
    }
    const width = wordCharWidth(text, at)
    if (width === 0) return at
    at += width
  }
}

/** Code units the letter or digit at `at` takes (1, or 2 for a surrogate pair), 0 when it is neither. */
const wordCharWidth = charWidth(/^[\p{L}\p{N}]$/u)

function fold(word: string): string {
  // ASCII fast path: most words of most articles; foldName's per-character work dominated ingest time.
  const folded = isPlainAscii(word) ? word.toLowerCase() : foldName(word).replace(/\s+/g, '')
  return folded.includes("'") ? folded.replace(/'s$|'/g, '') : folded
}

/** /^[A-Za-z0-9']+$/ without a regular expression: this runs once per distinct word of every article (issue 19). */
function isPlainAscii(word: string): boolean {
  if (word.length === 0) return false
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i)
    const isLetterOrDigit = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)
    if (!isLetterOrDigit && c !== 39) return false
  }
  return true
}

/** "Putin", "NATO", "McCain"; not "The" (a stopword, filtered later) nor "EARTHQUAKE" (5+ capitals: headline case). */
function isNameShaped(word: string): boolean {
  const first = word.charAt(0)
  if (first === first.toLowerCase()) return false
  const isAllCaps = word === word.toUpperCase()
  return !isAllCaps || word.length <= 4
}

/** Crude English suffix stripping: "earthquakes"/"earthquake", "killed"/"kills"/"killing" meet. */
function stem(word: string): string {
  if (word.length <= 4) return word
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`
  if (word.endsWith('ing') && word.length > 6) return word.slice(0, -3)
  if (word.endsWith('ed') && word.length > 5) return word.slice(0, -2)
  if (word.endsWith('es') && /(?:ss|sh|ch|x)es$/.test(word)) return word.slice(0, -2)
  if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1)
  return word
}
