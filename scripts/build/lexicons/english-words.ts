import { existsSync, readFileSync } from 'node:fs'
import winkNLP from 'wink-nlp'
import model from 'wink-eng-lite-web-model'

/**
 * English side of the lexicons: which words are common English (SCOWL, Debian package `scowl`: word lists by
 * size, 10 = most common … 95 = rarest), and the key the English pipeline gives a word (wink-nlp lemma,
 * then concepts.ts's singular rule), so a gloss equals the concept key of the English word it stands for.
 */
const SCOWL_DIR = '/usr/share/dict/scowl'
const SCOWL_LEVELS = [10, 20, 35, 40, 50, 55, 60, 70] as const
/** Rarest SCOWL level kept as a gloss: 70 holds "ammunition", "deployment"; 80+ adds archaic and technical words. */
export const MAX_GLOSS_LEVEL = 70

let levels: Map<string, number> | undefined
/** Words SCOWL lists only capitalised: names and their adjectives ("june", "russia", "european"). */
const names = new Set<string>()

/** SCOWL size level of an English word (lower-case), or undefined when it is rarer than level 70 or unknown. */
export function englishLevel(word: string): number | undefined {
  if (!levels) {
    levels = new Map()
    for (const level of SCOWL_LEVELS) {
      // "-upper" lists hold capitalised words ("Sunday", "Islamic", "European"), which the English pipeline
      // lower-cases into its lemma keys too.
      for (const list of ['english-words', 'american-words', 'british-words', 'english-upper', 'american-upper', 'british-upper']) {
        const file = `${SCOWL_DIR}/${list}.${level}`
        if (!existsSync(file)) continue
        // SCOWL files are ISO-8859-1.
        for (const raw of readFileSync(file, 'latin1').split('\n')) {
          const w = raw.toLowerCase()
          if (!/^[a-z][a-z-]*$/.test(w) || levels.has(w)) continue
          levels.set(w, level)
          if (list.endsWith('-upper')) names.add(w)
        }
      }
    }
    if (levels.size === 0) throw new Error(`build-lexicons: no SCOWL word lists in ${SCOWL_DIR} (apt-get install scowl)`)
  }
  return levels.get(word)
}

/**
 * Whether SCOWL lists the word only capitalised, at its lowest level (a name: "june", "russia"). Names sit at
 * rarer levels than news uses them: "June" is at 35, "glow" at 20.
 */
export function isEnglishName(word: string): boolean {
  englishLevel(word)
  return names.has(word)
}

const nlp = winkNLP(model, ['pos'])
const keys = new Map<string, string>()

/** The concept key the English pipeline gives `word` ("missiles" → "missile", "analyses" → "analysis"…). */
export function englishKey(word: string): string {
  let key = keys.get(word)
  if (key === undefined) {
    const lemma = (nlp.readDoc(word).tokens().out(nlp.its.lemma as never) as unknown as string[])[0] ?? word
    key = singular(lemma.toLowerCase())
    keys.set(word, key)
  }
  return key
}

// Mirrors `singular` in src/pipeline/align/concepts.ts, which the English side applies after the lemma.
function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`
  if (word.length > 4 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) return word.slice(0, -1)
  return word
}

const ARTICLES = new Set(['a', 'an', 'the', 'to', 'be', 'one', "one's", 'sb', 'sth', 'somebody', 'something', 'someone'])

/**
 * A dictionary's English rendering ("to carry out", "(mil.) missile", "nuclear weapon <n>") as one English
 * concept key, or undefined. Labels, parentheses and articles go; a single word stays; of a phrase the content
 * head stays: the first word of a verb phrase ("carry out" → "carry"), the last of a noun phrase
 * ("nuclear weapon" → "weapon"), marked `phrase` so callers can weigh it lower. Keys the English side
 * ignores ("year", "make", "more") are kept: a word whose best gloss is one of them is a stopword too.
 */
export function englishGloss(raw: string, isVerb: boolean): { key: string; phrase: boolean } | undefined {
  const verbal = isVerb || /^\s*to\s/i.test(raw)
  const cleaned = raw
    .replace(/\([^)]*\)|\[[^\]]*\]|<[^>]*>|\{[^}]*\}/g, ' ')
    .replace(/[.!?;:"“”„]+/g, ' ')
    .toLowerCase()
    .trim()
  const tokens = cleaned.split(/\s+/).filter((t) => t && !ARTICLES.has(t))
  if (tokens.length === 0 || tokens.length > 3) return undefined
  if (!tokens.every((t) => /^[a-z][a-z-]*$/.test(t))) return undefined
  const head = tokens.length === 1 ? tokens[0]! : verbal ? tokens[0]! : tokens[tokens.length - 1]!
  if (englishLevel(head) === undefined) return undefined
  const key = englishKey(head)
  if (key.length < 2) return undefined
  return { key, phrase: tokens.length > 1 }
}

/** Whether a phrase reads as English: every word of it a known English word (SCOWL ≤ 70). */
export function isEnglishPhrase(raw: string): boolean {
  const cleaned = raw.replace(/\([^)]*\)|\[[^\]]*\]|<[^>]*>|\{[^}]*\}/g, ' ').toLowerCase()
  const tokens = cleaned.split(/[\s.,;:!?"]+/).filter(Boolean)
  if (tokens.length === 0) return false
  return tokens.every((t) => (t.length > 1 || t === 'a') && (englishLevel(t) !== undefined || ARTICLES.has(t)))
}
