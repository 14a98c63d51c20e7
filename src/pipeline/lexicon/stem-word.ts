import type { LexiconLanguage } from './language.js'
import { SUFFIX_RULES, type EndingGroup, type SuffixRules } from './suffix-rules.js'

/**
 * Light inflectional stem of one word: lower-cased, letters normalised (ё→е, ä→a), then the longest known
 * ending stripped that leaves a stem of at least `minStem` letters with a vowel in it. Any inflected form of
 * a word and its dictionary form should meet: "ракетами", "ракеты", "ракета" → "ракет"; "Raketen" → "raket".
 * Deverbal nouns share their verb's stem where the language allows it ("размещение", "размещать" → "размещ"),
 * which lets a lexicon entry for either serve both.
 *
 * @example stemWord('ru', 'ракетами') // "ракет"
 */
export function stemWord(lang: LexiconLanguage, word: string): string {
  const rules = SUFFIX_RULES[lang]
  return stemBy(rules, word, rules.endings)
}

/**
 * The stem of a dictionary form (a headword: nominative, infinitive), stripped of citation endings only, so the
 * lexicon stores "страна" under "стран", where inflected "стране"/"страны" look it up. Use `stemWord` for text.
 *
 * @example citationStem('ru', 'страна') // "стран" (stemWord gives "стра")
 */
export function citationStem(lang: LexiconLanguage, word: string): string {
  const rules = SUFFIX_RULES[lang]
  return stemBy(rules, word, rules.citation)
}

/**
 * Every stem the endings allow, `stemWord`'s first, then shorter endings stripped, then the whole word:
 * "автомобили" → "автомоб" (read as a verb in "-или"), "автомобил" (a noun in "-и"), "автомобили". A look-up
 * tries them in order, so a word whose longest ending is the wrong reading still finds its dictionary form.
 * German tries the whole word first ("Minister" is a dictionary form, not "minist" + "-er").
 *
 * @example stemCandidates('ru', 'автомобили') // ["автомоб", "автомобил", "автомобили"]
 */
export function stemCandidates(lang: LexiconLanguage, word: string): string[] {
  const rules = SUFFIX_RULES[lang]
  const whole = normalizeWord(rules, word)
  if (whole.length <= rules.minStem) return [whole]
  const w = stripLongest(whole, rules.reflexive, rules)
  const out = rules.wholeWordFirst ? [whole] : []
  const add = (stem: string): void => {
    if (!out.includes(stem)) out.push(stem)
  }
  add(cleanUp(stripLongest(w, rules.endings, rules), rules))
  for (const group of rules.endings) {
    const stem = stripGroup(w, group, rules)
    if (stem !== undefined) add(cleanUp(stem, rules))
  }
  // An indeclinable or unstrippable word ("такси", "метро") is stored whole.
  add(whole)
  return out
}

/** The word normalised, its reflexive particle stripped, then the longest of `endings` that fits, then cleaned up. */
function stemBy(rules: SuffixRules, word: string, endings: SuffixRules['endings']): string {
  const w = normalizeWord(rules, word)
  if (w.length <= rules.minStem) return w
  return cleanUp(stripLongest(stripLongest(w, rules.reflexive, rules), endings, rules), rules)
}

function cleanUp(stem: string, rules: SuffixRules): string {
  let w = stem
  for (const [tail, replacement] of rules.after) {
    if (w.length - tail.length >= rules.minStem && w.endsWith(tail)) {
      w = w.slice(0, w.length - tail.length) + replacement
    }
  }
  return w
}

/** Lower case with the language's letter folds ("ё" → "е", "ß" → "ss"); apostrophes dropped ("зв'язок"). */
export function normalizeWord(rules: SuffixRules, word: string): string {
  const lower = word.toLowerCase()
  let out = ''
  for (const ch of lower) {
    const folded = rules.fold.get(ch)
    out += folded ?? ch
  }
  return out
}

function stripLongest(w: string, endings: SuffixRules['endings'], rules: SuffixRules): string {
  // Endings are grouped by length, longest first: the first that fits and leaves a valid stem wins.
  for (const group of endings) {
    const stem = stripGroup(w, group, rules)
    if (stem !== undefined) return stem
  }
  return w
}

function stripGroup(w: string, group: EndingGroup, rules: SuffixRules): string | undefined {
  if (w.length - group.length < rules.minStem) return undefined
  const strip = group.strip.get(w.slice(w.length - group.length))
  if (strip === undefined) return undefined
  const stem = w.slice(0, w.length - strip)
  return hasVowel(stem, rules.vowels) ? stem : undefined
}

function hasVowel(stem: string, vowels: ReadonlySet<string>): boolean {
  for (const ch of stem) if (vowels.has(ch)) return true
  return false
}
