/**
 * Name folding: one spelling key for names written with diacritics, in Cyrillic, or in different
 * transliteration systems (Łukaszenka / Lukashenka / Лукашенко / Lukashenko).
 */

import { isInflectingLanguage, nameStems } from './name-inflection.js'

// Letters NFD does not decompose into base + mark. Each maps to one char so offsets survive (see shadowText).
const SINGLE_CHAR_FOLDS: Readonly<Record<string, string>> = {
  ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ħ: 'h', Ħ: 'H', ı: 'i', ŀ: 'l', Ŀ: 'L', ß: 's', æ: 'a', Æ: 'A', œ: 'o', Œ: 'O',
  þ: 't', Þ: 'T', ð: 'd', Ð: 'D',
  '\u2019': "'", '\u2018': "'", '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u00AB': '"', '\u00BB': '"',
  '\u2013': '-', '\u2014': '-', '\u00A0': ' ',
}

// Cyrillic → Latin, close to the BGN/PCGN romanisation so that Russian/Ukrainian/Belarusian spellings
// land near the English ones (Лукашенко → lukashenko, Орешник → oreshnik).
const CYRILLIC: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', е: 'e', ё: 'e', є: 'ye', ж: 'zh', з: 'z', и: 'i', і: 'i', ї: 'yi', й: 'y',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ў: 'u', ф: 'f', х: 'kh', ц: 'ts',
  ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
}

/** Same-length ASCII-ish copy of `text` (Ł→L, é→e, curly quotes → straight) so tokenizers see one word where a reader does. */
export function shadowText(text: string): string {
  // Only non-ASCII characters change; each keeps its UTF-16 length, so offsets on the shadow are offsets into `text`.
  return text.replace(/[^\x00-\x7f]/gu, (ch) => {
    const folded = foldOneChar(ch)
    return folded.length === ch.length ? folded : ch
  })
}

function foldOneChar(ch: string): string {
  const mapped = SINGLE_CHAR_FOLDS[ch]
  if (mapped !== undefined) return mapped
  if (ch.charCodeAt(0) < 128) return ch
  const base = withoutMarks(ch)
  return base.length === 1 ? base : ch
}

/** Lower-case, diacritic-free, Latin-script form: "Łukaszenka" → "lukaszenka", "Лукашенко" → "lukashenko". */
export function foldName(name: string): string {
  // Fast path: plain ASCII letters, digits and spaces need only lower-casing (most tokens of English text).
  if (/^[A-Za-z0-9 ]*$/.test(name)) return name.toLowerCase().trim().replace(/ {2,}/g, ' ')
  let out = ''
  for (const ch of name.toLowerCase()) {
    // ASCII needs no folding ("U.S.", "Bosnia-Herzegovina" come here for their punctuation).
    if (ch.charCodeAt(0) < 128) {
      out += ch
      continue
    }
    const cyr = CYRILLIC[ch]
    if (cyr !== undefined) {
      out += cyr
      continue
    }
    out += SINGLE_CHAR_FOLDS[ch] ?? withoutMarks(ch)
  }
  return out.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
}

/** `ch` without its combining marks ("é" → "e"), remembered per character: normalising is slow on first use. */
function withoutMarks(ch: string): string {
  let base = markless.get(ch)
  if (base === undefined) {
    base = ch.normalize('NFD').replace(/\p{M}+/gu, '')
    if (markless.size < 10_000) markless.set(ch, base)
  }
  return base
}

const markless = new Map<string, string>()

/**
 * A coarse phonetic key of one word that survives transliteration systems and inflection:
 * Lukashenko / Lukashenka / Łukaszenka → "lukashenk"; Oreshnik / Oreshnyk / Oreshniks → "oreshnik".
 * With `lang` one of uk, ru, be, pl, cs, de the word's case ending is removed first (`nameKeys` gives every
 * reading): Путиным → "putin", Łukaszence → "lukashenk", Мінську → "minsk".
 */
export function nameKey(word: string, lang?: string): string {
  if (isInflectingLanguage(lang)) {
    const keys = nameKeys(word, lang)
    return keys.reduce((a, b) => (b.length < a.length ? b : a))
  }
  let key = keyCache.get(word)
  if (key === undefined) {
    key = computeNameKey(word)
    // Names repeat within and across articles; the cache is bounded so a long-running server cannot grow it forever.
    if (keyCache.size > 100_000) keyCache.clear()
    keyCache.set(word, key)
  }
  return key
}

const keyCache = new Map<string, string>()

/**
 * Every key a name word may have: for English and other non-inflecting languages one (`nameKey`); in uk, ru, be,
 * pl, cs and de the spelling key of the word as written and of each stem its case endings allow, so "Иерусалиме"
 * (stem иерусалим) meets "Иерусалим" (as written). Two words are one name when their keys meet. `withPlural` adds
 * stems of plural-only endings ("Штатов" → штат), for place names; people are never named in the plural.
 *
 * @example nameKeys('Łukaszence', 'pl')  // ['lukashence', 'lukashenc', 'lukashenk']
 */
export function nameKeys(word: string, lang?: string, withPlural = false): readonly string[] {
  if (!isInflectingLanguage(lang)) return [nameKey(word)]
  const cacheKey = `${lang}${withPlural ? '+' : ':'}${word}`
  let keys = keysCache.get(cacheKey)
  if (keys === undefined) {
    keys = [...new Set(nameStems(word.toLowerCase(), lang!, withPlural).map(spellingKey))].filter(Boolean)
    if (keys.length === 0) keys = [nameKey(word)]
    if (keysCache.size > 100_000) keysCache.clear()
    keysCache.set(cacheKey, keys)
  }
  return keys
}

const keysCache = new Map<string, readonly string[]>()

function computeNameKey(word: string): string {
  let key = spellingKey(word)
  // Inflectional/plural endings and final vowels vary across languages (Oreshniks, Lukashenka/Lukashenko); -ova/-ov
  // lose only the vowel, so Ivanova meets Ivanov but Novakov stays apart from Novak.
  if (key.length > 4) key = key.replace(/(s|es|a|o|e|i|u)$/, '')
  return key
}

/** One spelling of a word across transliteration systems: Łukaszenka / Lukashenka / Лукашенка → "lukashenka". */
function spellingKey(word: string): string {
  let key = foldName(word).replace(/\s+/g, '')
  // Polish and German digraphs → English ones: sz→sh, cz→ch, w→v, j→y (Łukaszenka, Wojciech)
  key = key.replace(/szcz/g, 'shch').replace(/sz/g, 'sh').replace(/cz/g, 'ch').replace(/rz/g, 'zh')
  key = key.replace(/x/g, 'ks').replace(/w/g, 'v').replace(/ck/g, 'k').replace(/ph/g, 'f')
  // y and i, and kh and h, alternate between transliteration systems (Oreshnyk / Oreshnik, Kharkiv / Harkiv)
  key = key.replace(/y/g, 'i').replace(/kh/g, 'h').replace(/j/g, 'i')
  return key.replace(/(.)\1+/g, '$1')
}

/** Levenshtein distance, capped: returns `cap + 1` as soon as the distance is known to exceed `cap`. */
export function editDistance(a: string, b: string, cap = Infinity): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const cur = [i]
    let rowMin = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      const value = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost)
      cur.push(value)
      if (value < rowMin) rowMin = value
    }
    if (rowMin > cap) return cap + 1
    prev = cur
  }
  return prev[b.length] ?? 0
}

/**
 * True when two name words are spellings of one name: a shared key, or keys within one edit per five letters for
 * longer words. Each word is read in its article's language, so "Путиным" (ru) is "Putin" (en).
 * @example isSameNameWord('Łukaszence', 'Лукашенко', 'pl', 'ru')  // true
 */
export function isSameNameWord(a: string, b: string, langA?: string, langB: string | undefined = langA): boolean {
  if (!isInflectingLanguage(langA) && !isInflectingLanguage(langB)) return isSameKey(nameKey(a), nameKey(b))
  const ka = nameKeys(a, langA)
  const kb = nameKeys(b, langB)
  if (ka.some((k) => kb.includes(k))) return true
  return ka.some((x) => kb.some((y) => isSameKey(x, y)))
}

function isSameKey(ka: string, kb: string): boolean {
  if (ka === kb) return true
  // Most pairs differ in length by more than the edits allowed: no cache key to build for them.
  const longest = Math.max(ka.length, kb.length)
  if (longest < 6 || Math.abs(ka.length - kb.length) > Math.floor(longest / 5)) return false
  const pair = ka < kb ? `${ka}|${kb}` : `${kb}|${ka}`
  let same = pairCache.get(pair)
  if (same === undefined) {
    same = isNearKey(ka, kb)
    if (pairCache.size > 100_000) pairCache.clear()
    pairCache.set(pair, same)
  }
  return same
}

const pairCache = new Map<string, boolean>()

function isNearKey(ka: string, kb: string): boolean {
  // One edit per 5 letters, for keys of 6+ letters: Oleksandr/Aleksandr/Alaksandr merge, while short
  // keys (Putin/Pugin, Minsk/Pinsk) must match exactly.
  const longest = Math.max(ka.length, kb.length)
  if (longest < 6) return false
  // The cap is the allowance: capped at 2, a distance over it came back as 3, which a 15-letter key allows, so
  // "Tichanowskaja" and "Bundesregierung" were one name.
  const allowed = Math.floor(longest / 5)
  return editDistance(ka, kb, allowed) <= allowed
}
