import type { DictdEntry } from './read-dictd.js'
import { englishGloss, isEnglishPhrase } from './english-words.js'

/** One translation: a foreign lemma (lower case) and what it translates to, `rank` 0 for the first listed. */
export interface Translation {
  readonly word: string
  readonly target: string
  readonly rank: number
  /** The English side was a phrase reduced to its head ("carry out" → "carry"): weaker evidence. */
  readonly phrase: boolean
}

const SINGLE_WORD = /^\p{L}+(?:-\p{L}+)?$/u
/**
 * Object slots, not words: German "jdn./etw. (gegen jdn./etw.) verteidigen", "sich verteidigen" and English
 * "defend sb./sth." list a verb with what it takes. Dropped, the verb is one word again; kept, Ding's deu-eng and
 * eng-deu lost nearly every transitive verb ("verteidigen", "bedrohen" had no gloss).
 */
const GERMAN_SLOTS = /(?:^|\s)(?:(?:jdn|jdm|jds|etw|jmdn|jmdm)\.(?:\/(?:jdn|jdm|jds|etw)\.)*|sich)(?=\s)/giu
const ENGLISH_SLOTS = /(?:^|\s)(?:sb|sth|sb's|sth's|one's|oneself)\.?(?:\/(?:sb|sth)(?:'s)?\.?)*(?=\s|$|[,;])/giu

/** A dictionary item without its parenthesised notes and object slots. */
function withoutSlots(item: string): string {
  return item.replace(/\([^)]*\)/g, ' ').replace(GERMAN_SLOTS, ' ').replace(ENGLISH_SLOTS, ' ').replace(/\s+/g, ' ').trim()
}
const SKIP_LINE = /^\s*(?:see|note|synonyms?|antonyms?|also):/i
// Proper names, abbreviations and symbols do not translate as common words.
const SKIP_POS = /<[^>]*\b(?:pn|prop|abbr|abbrev|symbol|name)\b[^>]*>/i

/** The entries that may translate as common words: headword, part-of-speech line and sense lines. */
function* commonEntries(entries: readonly DictdEntry[]): Generator<{ headword: string; pos: string; lines: string[] }> {
  for (const entry of entries) {
    const lines = entry.body.split('\n')
    const pos = lines[0] ?? ''
    if (!SKIP_POS.test(pos)) yield { headword: entry.headword, pos, lines: lines.slice(1) }
  }
}

/**
 * A foreign headword as one lower-case word without its object slots: as the entry writes it ("etw. nehmen /ˈɛtf
 * nˈeːmən/ <v, trans>" → "nehmen"), else as the index has it. The index drops the slots' dots ("etw nehmen"), so
 * read there alone deu-eng's 10,575 "etw./jdn./sich X" verb entries had no single word and were never read.
 */
function foreignWord(indexHeadword: string, firstLine: string): string | undefined {
  const written = firstLine.replace(/\s+\/.*$/, '').replace(/\s*<.*$/, '').trim()
  return [written, indexHeadword].map((h) => withoutSlots(h).toLowerCase()).find((w) => SINGLE_WORD.test(w))
}

function stripNumbering(line: string): string {
  // "1. mayor", "say, tell 2." (the next sense's number lands at the end of a line), " 3."
  return line.replace(/^\s*\d+\.\s*/, '').replace(/\s+\d+\.\s*$/, '').trim()
}

function isVerbPos(pos: string): boolean {
  return /<[^>]*\b(?:v|vt|vi|verb)\b[^>]*>/i.test(pos)
}

/**
 * X→English dictionaries (pol-eng, deu-eng, ces-eng): sense lines are English, definition lines in X; a line
 * counts as a translation when at least half of its comma-separated items read as English.
 */
export function toEnglish(entries: readonly DictdEntry[]): Translation[] {
  const out: Translation[] = []
  for (const { headword, pos, lines } of commonEntries(entries)) {
    const word = foreignWord(headword, pos)
    if (word === undefined) continue
    const verb = isVerbPos(pos)
    let rank = 0
    for (const raw of lines) {
      if (SKIP_LINE.test(raw) || /^\s*\(/.test(raw)) continue
      const line = stripNumbering(raw)
      if (!line) continue
      const items = line.split(/[,;]\s*/).map(withoutSlots).filter((s) => s.trim())
      if (items.length === 0 || items.filter(isEnglishPhrase).length * 2 < items.length) continue
      for (const item of items) {
        const gloss = isEnglishPhrase(item) ? englishGloss(item, verb) : undefined
        if (gloss) out.push({ word, target: gloss.key, rank, phrase: gloss.phrase })
        rank++
      }
    }
  }
  return out
}

/** English→X dictionaries (eng-pol, eng-ces, eng-deu, eng-rus) read backwards: each X word glossed by the headword. */
export function fromEnglish(entries: readonly DictdEntry[]): Translation[] {
  const out: Translation[] = []
  for (const { headword, pos, lines } of commonEntries(entries)) {
    const english = withoutSlots(headword)
    if (!/^[a-z][a-z -]*$/.test(english)) continue
    const gloss = englishGloss(english, isVerbPos(pos))
    if (!gloss) continue
    let rank = 0
    for (const raw of lines) {
      if (SKIP_LINE.test(raw)) continue
      for (const word of foreignWords(raw)) {
        if (word) out.push({ word, target: gloss.key, rank, phrase: gloss.phrase })
        rank++
      }
    }
  }
  return out
}

/** X→Russian dictionaries (pol-rus, deu-rus): the Cyrillic lines are the translations. */
export function toRussian(entries: readonly DictdEntry[]): Translation[] {
  const out: Translation[] = []
  for (const { headword, lines } of commonEntries(entries)) {
    const word = withoutSlots(headword).toLowerCase()
    if (!SINGLE_WORD.test(word)) continue
    let rank = 0
    for (const raw of lines) {
      if (!/[\u0400-\u04ff]/.test(raw) || /[a-zA-Z]{3,}/.test(raw.replace(/\([^)]*\)/g, ''))) continue
      for (const russian of foreignWords(raw)) {
        if (russian && /^[\u0400-\u04ff-]+$/.test(russian)) out.push({ word, target: russian, rank, phrase: false })
        rank++
      }
    }
  }
  return out
}

/** The foreign words of a sense line, one per comma- or semicolon-separated item; undefined where an item is no single word (it still takes a rank). */
function foreignWords(line: string): (string | undefined)[] {
  return stripNumbering(line).split(/[,;]\s*/).map(cleanForeign)
}

function cleanForeign(item: string): string | undefined {
  const word = withoutSlots(item)
    .replace(/\([^)]*\)|\[[^\]]*\]|<[^>]*>|\{[^}]*\}/g, ' ')
    .replace(/\u0301/g, '')
    .trim()
    .toLowerCase()
  return SINGLE_WORD.test(word) ? word : undefined
}

/**
 * German verb forms stemming cannot reach ("nahm", "traf", "starb", "getroffen"), from Ding's conjugation lines:
 * an infinitive's entry lists "see: {treffend}, {getroffen}, {du triffst}, {er/sie trifft}, {ich/er/sie traf}, …",
 * or, for synonyms conjugated side by side, "{greifend}, {packend}, {gegriffen}, {gepackt}, {greift}, {packt},
 * {griff}, {packte}". A line is read when one of its leading present participles is the entry's infinitive + "d".
 * A later word counts as the entry's form when its consonants begin as the infinitive's do (vowels change in strong
 * verbs: "gegriffen" → greifen) and no other verb of the line fits as well; a finite form with its pronoun ("ich/er/
 * sie nahm") in a line of one verb is its form whatever its letters. Forms of two words (a separable particle: "er/
 * sie nimmt an") are left out. Returns form → infinitive, lower case.
 */
export function germanVerbForms(entries: readonly DictdEntry[]): Map<string, string> {
  const forms = new Map<string, string>()
  for (const { headword, pos, lines } of commonEntries(entries)) {
    const infinitive = foreignWord(headword, pos)
    if (infinitive === undefined || !isVerbPos(pos) || !/^\p{L}+n$/u.test(infinitive)) continue
    for (const line of lines) {
      const items = /^\s*see:\s*(.*)$/i.exec(line)?.[1]?.match(/\{[^}]*\}/g)?.map((i) => i.slice(1, -1)) ?? []
      let k = 0
      while (k < items.length && /^\p{Ll}+end$/u.test(items[k]!)) k++
      const infinitives = items.slice(0, k).map((p) => p.slice(0, -1))
      if (!infinitives.includes(infinitive)) continue
      for (const item of items.slice(k)) {
        const m = /^((?:ich|du|er|sie|es|wir|ihr)(?:\/(?:er|sie|es))* )?(\p{Ll}+)$/u.exec(item)
        const form = m?.[2]
        if (form === undefined || infinitives.includes(form) || forms.has(form)) continue
        const fits = infinitives.filter((v) => isFormOf(form, v))
        if ((fits.length === 1 && fits[0] === infinitive) || (infinitives.length === 1 && m?.[1] !== undefined)) forms.set(form, infinitive)
      }
    }
  }
  return forms
}

/**
 * Whether `form` may be a form of `infinitive`: past any beginning they share (a prefix: "auf", "ver") and a
 * participle's "ge", the next consonants are the infinitive's, vowels aside ("gestorben" / "sterben": s-t-r;
 * "gewann" / "gewinnen"; "aufgeschäumt" / "aufbrausen" is no form).
 */
function isFormOf(form: string, infinitive: string): boolean {
  let shared = 0
  while (shared < form.length && shared < infinitive.length && form[shared] === infinitive[shared]) shared++
  const rest = form.slice(shared).replace(/^ge/, '')
  const wanted = consonants(infinitive.slice(shared).replace(/e?n$/, '')).slice(0, 2)
  return wanted.length === 0 ? shared >= 3 : consonants(rest).startsWith(wanted) || (shared >= 3 && consonants(form.slice(0, shared)).endsWith(wanted) && rest === form.slice(shared))
}

/** The consonants of a word, doubled ones once: "griffen" → "grfn". */
function consonants(word: string): string {
  return word.replace(/[aeiouyäöü]/g, '').replace(/(.)\1+/g, '$1')
}
