/**
 * Builds src/pipeline/lexicon/data/<lang>.json: for ru, uk, be, pl, cs, de, each word stem → English glosses.
 * CI never runs this; the data files are committed. Re-run it after changing a stemmer (headwords are stored
 * by stem) or a source. Sources and licences: docs/MODELS.md, "Cross-lingual lexicons".
 *
 * Setup (once per machine):
 *   apt-get update && apt-get install -y scowl dict-freedict-pol-eng dict-freedict-eng-pol dict-freedict-eng-rus \
 *     dict-freedict-ces-eng dict-freedict-eng-ces dict-freedict-deu-eng dict-freedict-eng-deu \
 *     dict-freedict-pol-rus dict-freedict-deu-rus
 *   fetch (the session's repository fetch tool) github:Badestrand/russian-dictionary, github:apertium/apertium-rus-ukr
 *     and github:apertium/apertium-bel-rus into /work/.mirror (or set LEXICON_MIRROR to the folder that has them)
 * Run:
 *   npx tsx scripts/build/build-lexicons.ts [--install]     (--install runs the apt-get line above first)
 *
 * How: every source gives (foreign lemma, English gloss, rank) pairs. A pair scores its source's weight, less for
 * later-listed senses and for phrase heads; a lemma's glosses are summed per stem (so "размещать" and
 * "размещение" pool theirs), each lemma and each gloss weighed by how common its English word is (COMMON_WEIGHT),
 * and each stem keeps its best MAX_GLOSSES. Ukrainian and Belarusian have no English dictionary here: their
 * words take the glosses of the Russian words apertium pairs them with.
 */
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { readDictd, type DictdEntry } from './lexicons/read-dictd.js'
import { fromEnglish, germanVerbForms, toEnglish, toRussian, type Translation } from './lexicons/parse-freedict.js'
import { englishGloss, englishLevel, isEnglishName, MAX_GLOSS_LEVEL } from './lexicons/english-words.js'
import { gitShow, readBidix, readOpenRussian, type MirrorFile } from './lexicons/read-sources.js'
import type { LexiconLanguage } from '../../src/pipeline/lexicon/index.js'
import { citationStem, stemWord } from '../../src/pipeline/lexicon/stem-word.js'
import { isListedStopword } from '../../src/pipeline/lexicon/is-stopword.js'
import { ALIGNMENT_STOPWORDS } from '../../src/pipeline/text/index.js'

const DICTD = '/usr/share/dictd/freedict-'
const OUT = new URL('../../src/pipeline/lexicon/data/', import.meta.url)
/** Glosses kept per stem: the API promises at most ~5; more raise chance matches (see check-lexicons). */
const MAX_GLOSSES = 5
/**
 * A gloss under this share of its stem's best is dropped as noise. 0.1 against 0.2 / 0.35 raised the dev gloss
 * hit rate (ru 49.4 / 48.0 / 45.0 %, check-lexicons) with the chance rate still under 1 %.
 */
const MIN_RELATIVE_SCORE = 0.1
/**
 * A gloss's evidence is multiplied by commonness(gloss)^COMMON_WEIGHT (1 for SCOWL level 10, 0.5 at 70), and a
 * lemma's share of a stem by commonness(its best gloss)^COMMON_WEIGHT. Of close senses the common word goes
 * first, and of lemmas that share a stem the one a common word translates: "pros" is prosić "ask" before proso
 * "millet", which two dictionaries gave 1.8 against 1.0. Story grouping reads only the first gloss; the
 * first-gloss hit rate (check-lexicons) went ru 38.5 → 39.1, uk 32.0 → 33.2, cs 32.0 → 32.7 %; the other
 * rankings tried are in docs/MODELS.md, "Cross-lingual lexicons".
 */
const COMMON_WEIGHT = 2
/**
 * Size cap per language file in bytes (aim 1 MB, hard limit 2 MB): stems with the least evidence go first.
 * Russian keeps all its stems (1.3 MB): Ukrainian and Belarusian fall back to it, and the last 10 % of its stems
 * raised the dev hit rate from 49.5 to 50.3 %.
 */
const MAX_FILE_BYTES: Readonly<Record<LexiconLanguage, number>> = { ru: 1_500_000, uk: 1_200_000, be: 1_200_000, pl: 1_200_000, cs: 1_200_000, de: 1_600_000 }

const OPENRUSSIAN_COMMIT = '64259e4b50c565214c37eef9fd57fb5d4fb132cb'
const OPENRUSSIAN: readonly MirrorFile[] = ['nouns', 'verbs', 'adjectives', 'others'].map((kind) => ({
  repo: 'Badestrand/russian-dictionary',
  commit: OPENRUSSIAN_COMMIT,
  path: `${kind}.csv-russian_to_en.json`,
}))
const OPENRUSSIAN_OTHERS: MirrorFile = { repo: 'Badestrand/russian-dictionary', commit: OPENRUSSIAN_COMMIT, path: 'others.csv' }
const RUS_UKR: MirrorFile = {
  repo: 'apertium/apertium-rus-ukr',
  commit: 'ff65570d6534d3882ba99d7aa34dfb619e5005ae',
  path: 'apertium-rus-ukr.rus-ukr.dix',
}
// The newest bel-rus bidix under the mirror's 4 MB file limit (2016-03-25); later versions are not stored there.
const BEL_RUS: MirrorFile = {
  repo: 'apertium/apertium-bel-rus',
  commit: '85bfaff31bfbd9f653d6b20b7bbc065bab0643ee',
  path: 'apertium-bel-rus.bel-rus.dix',
}

/** Foreign lemma → English gloss → score. */
type Scores = Map<string, Map<string, number>>

function add(scores: Scores, word: string, gloss: string, score: number): void {
  let glosses = scores.get(word)
  if (!glosses) scores.set(word, (glosses = new Map()))
  glosses.set(gloss, (glosses.get(gloss) ?? 0) + score)
}

function rankFactor(rank: number): number {
  return 1 / (1 + 0.3 * rank)
}

function addTranslations(scores: Scores, pairs: readonly Translation[], weight: number): void {
  for (const p of pairs) add(scores, p.word, p.target, weight * rankFactor(p.rank) * (p.phrase ? 0.4 : 1))
}

/** A lemma's glosses scaled so its best scores 1: pivoting through it then carries shares, not raw sums. */
function normalized(glosses: ReadonlyMap<string, number> | undefined): [string, number][] {
  if (!glosses) return []
  const top = Math.max(...glosses.values())
  return [...glosses].map(([g, s]) => [g, s / top])
}

/** Glosses through a pivot language: word → pivot lemmas (ranked) → the pivot lemma's glosses. */
function addPivot(scores: Scores, pairs: readonly { word: string; pivot: string; rank: number }[], pivot: Scores, weight: number): void {
  for (const p of pairs) {
    for (const [gloss, share] of normalized(pivot.get(p.pivot))) add(scores, p.word, gloss, weight * rankFactor(p.rank) * share)
  }
}

const ENGLISH_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']
const ENGLISH_WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday']

/**
 * Month and weekday names from ICU (Node's Intl, full ICU): the stand-alone form ("январь") and the form a date
 * uses ("15 января", "15. Januar"), each glossed by its English name.
 */
function addCalendarNames(scores: Scores, lang: LexiconLanguage): void {
  const names = (options: Intl.DateTimeFormatOptions, date: Date, part: 'month' | 'weekday'): string[] => {
    const forms = new Set<string>()
    forms.add(new Intl.DateTimeFormat(lang, { [part]: 'long', timeZone: 'UTC' }).format(date).toLowerCase())
    const parts = new Intl.DateTimeFormat(lang, { ...options, timeZone: 'UTC' }).formatToParts(date)
    for (const p of parts) if (p.type === part) forms.add(p.value.toLowerCase())
    return [...forms].filter((f) => /^\p{L}+$/u.test(f))
  }
  ENGLISH_MONTHS.forEach((english, m) => {
    const date = new Date(Date.UTC(2021, m, 15))
    for (const form of names({ day: 'numeric', month: 'long' }, date, 'month')) add(scores, form, english, 2)
  })
  ENGLISH_WEEKDAYS.forEach((english, d) => {
    const date = new Date(Date.UTC(2021, 7, 1 + d)) // 1 August 2021 was a Sunday
    for (const form of names({ weekday: 'long', day: 'numeric', month: 'long' }, date, 'weekday')) add(scores, form, english, 2)
  })
}

function dictd(name: string): ReturnType<typeof readDictd> {
  console.error(`reading freedict-${name}`)
  return readDictd(`${DICTD}${name}`)
}

function polish(): Scores {
  const s: Scores = new Map()
  addTranslations(s, toEnglish(dictd('pol-eng')), 1)
  addTranslations(s, fromEnglish(dictd('eng-pol')), 0.8)
  return s
}

function czech(): Scores {
  const s: Scores = new Map()
  addTranslations(s, toEnglish(dictd('ces-eng')), 1)
  addTranslations(s, fromEnglish(dictd('eng-ces')), 0.8)
  return s
}

function german(deuEng: readonly DictdEntry[]): Scores {
  const s: Scores = new Map()
  addTranslations(s, toEnglish(deuEng), 1)
  addTranslations(s, fromEnglish(dictd('eng-deu')), 0.8)
  // A strong verb's past forms ("nahm", "traf", "getroffen") take its infinitive's glosses, a little weaker than
  // its own: no ending stripped from them reaches the infinitive.
  for (const [form, infinitive] of germanVerbForms(deuEng)) {
    for (const [gloss, score] of s.get(infinitive) ?? []) add(s, form, gloss, 0.9 * score)
  }
  return s
}

function russian(pl: Scores, de: Scores): Scores {
  const s: Scores = new Map()
  console.error('reading OpenRussian word lists')
  for (const { word, english, rank } of readOpenRussian(OPENRUSSIAN, OPENRUSSIAN_OTHERS)) {
    if (!/^\p{L}+(?:-\p{L}+)?$/u.test(word)) continue
    const gloss = englishGloss(english, /(?:ть|ться|ти|чь)$/.test(word))
    if (gloss) add(s, word, gloss.key, 1.2 * rankFactor(rank) * (gloss.phrase ? 0.4 : 1))
  }
  addTranslations(s, fromEnglish(dictd('eng-rus')), 0.8)
  // Polish→Russian and German→Russian read backwards, then on to English through pl / de.
  const viaPolish = toRussian(dictd('pol-rus')).map((t) => ({ word: t.target, pivot: t.word, rank: t.rank }))
  addPivot(s, viaPolish, pl, 0.4)
  const viaGerman = toRussian(dictd('deu-rus')).map((t) => ({ word: t.target, pivot: t.word, rank: t.rank }))
  addPivot(s, viaGerman, de, 0.3)
  return s
}

/** Ukrainian or Belarusian lemmas glossed through their apertium Russian equivalents. */
function viaRussian(file: MirrorFile, russianSide: 'left' | 'right', ru: Scores): Scores {
  console.error(`reading ${file.repo}`)
  const s: Scores = new Map()
  // A Russian lemma the Russian sources lack may still share a stem with one they have ("размещаться").
  const ruByStem: Scores = new Map()
  for (const [word, glosses] of ru) for (const [g, score] of normalized(glosses)) add(ruByStem, citationStem('ru', word), g, score)
  const pivot: Scores = new Map()
  const ranks = new Map<string, number>()
  for (const pair of readBidix(gitShow(file))) {
    const [rus, other] = russianSide === 'left' ? [pair.left, pair.right] : [pair.right, pair.left]
    const glosses = ru.get(rus) ?? ruByStem.get(citationStem('ru', rus))
    if (!glosses) continue
    pivot.set(rus, glosses)
    const rank = ranks.get(other) ?? 0
    ranks.set(other, rank + 1)
    addPivot(s, [{ word: other, pivot: rus, rank }], pivot, 1)
  }
  return s
}

/** Pools lemma scores by stem and writes the compact entry string, best-evidenced stems kept under the cap. */
function serialize(lang: LexiconLanguage, scores: Scores, uses: ReadonlyMap<string, number>): { entries: string; stop: string; stems: number; lemmas: number } {
  // The dictionaries' evidence (which decides stopwords and the cap), and the same with each lemma's share weighed
  // by how common its best gloss is (which ranks glosses).
  const byStem: Scores = new Map()
  const weighted: Scores = new Map()
  let lemmas = 0
  for (const [word, glosses] of scores) {
    if (isListedStopword(lang, word)) continue
    lemmas++
    // Under its citation stem ("страна" → "стран", found from "стране") and under the stem the full ending
    // table gives ("стра"), which is what an inflected form whose longest ending misleads will try first.
    // German gets the citation stem only: its full table strips an agent "-er" ("Wirtschafter" → "wirtschaft").
    const stems = new Set(lang === 'de' ? [citationStem(lang, word)] : [citationStem(lang, word), stemWord(lang, word)])
    const share = commonness(byScore([...glosses])[0]![0]) ** COMMON_WEIGHT
    for (const stem of stems) {
      if (stem.length < 2 || /\s|\|/.test(stem)) continue
      for (const [gloss, score] of glosses) {
        add(byStem, stem, gloss, score)
        add(weighted, stem, gloss, score * share)
      }
    }
  }
  if (lang === 'uk') {
    addVowelVariants(byStem)
    addVowelVariants(weighted)
  }
  const rows: { stem: string; glosses: string[]; evidence: number }[] = []
  const stop: string[] = []
  for (const [stem, glosses] of byStem) {
    const top = byScore([...glosses])[0]
    if (!top) continue
    // "год" → year, "больше" → more, "сделать" → make: the English side ignores these, so alignment should too.
    // Decided on the evidence alone: weighed by commonness, "Abfahrtszeit" (departure time) would be one too.
    if (ALIGNMENT_STOPWORDS.has(top[0])) {
      stop.push(stem)
      continue
    }
    const ranked = byScore([...weighted.get(stem)!].map(([g, s]) => [g, s * commonness(g) ** COMMON_WEIGHT]))
    const best = ranked[0]![1]
    const kept = ranked.filter(([g, s]) => s >= MIN_RELATIVE_SCORE * best && !ALIGNMENT_STOPWORDS.has(g)).slice(0, MAX_GLOSSES)
    rows.push({ stem, glosses: kept.map(([g]) => g), evidence: top[1] })
  }
  if (lang === 'de') dropDerivableCompounds(rows)
  // Under the cap (German only), stems glossed by a common English word (SCOWL ≤ 50) go first, shorter before
  // longer: no word frequencies exist for the source languages here; a word translated by "hospital" is likelier
  // news vocabulary than one translated by "viand", and a long stem is most often a compound
  // ("Raketenabwehrsystem"), which the look-up also reads through its head.
  const rare = (row: (typeof rows)[number]): number => ((englishLevel(row.glosses[0] ?? '') ?? 99) <= 50 ? 0 : 1)
  // Then how often the stem occurs in the German dictionary's own text (headwords, phrases, examples: "eine
  // brenzlige Angelegenheit"), in powers of two: a stand-in for a word's frequency, which ranked "Angelegenheit"
  // (248 occurrences), "Gelegenheit" and "letztendlich", cut before, over "Eierbrikett" (4) and "Feinkohl" (2).
  const common = (row: (typeof rows)[number]): number => Math.floor(Math.log2(1 + (uses.get(row.stem) ?? 0)))
  rows.sort((a, b) => rare(a) - rare(b) || common(b) - common(a) || a.stem.length - b.stem.length || b.evidence - a.evidence || (a.stem < b.stem ? -1 : 1))
  let size = 0
  const kept: typeof rows = []
  for (const row of rows) {
    const len = Buffer.byteLength(`${row.stem} ${row.glosses.join(' ')}|`)
    if (size + len > MAX_FILE_BYTES[lang]) break
    size += len
    kept.push(row)
  }
  kept.sort((a, b) => (a.stem < b.stem ? -1 : 1))
  return {
    entries: kept.map((r) => `${r.stem} ${r.glosses.join(' ')}`).join('|'),
    stop: stop.sort().join(' '),
    stems: kept.length,
    lemmas,
  }
}

/**
 * Ukrainian "і" of a closed last syllable alternates with "о"/"е" in the other forms: "рік" / "року",
 * "міст" / "мосту", "шість" / "шести". A stem's glosses also go to those stems, unless a word owns them.
 */
function addVowelVariants(byStem: Scores): void {
  const variants: Scores = new Map()
  for (const [stem, glosses] of byStem) {
    const m = /і([^аеєиіїоуюяь]+)$/.exec(stem)
    if (!m) continue
    for (const vowel of ['о', 'е']) {
      const variant = `${stem.slice(0, m.index)}${vowel}${m[1]}`
      if (byStem.has(variant)) continue
      for (const [gloss, score] of glosses) add(variants, variant, gloss, 0.5 * score)
    }
  }
  for (const [stem, glosses] of variants) byStem.set(stem, glosses)
}

/** Best first; ties go to the commoner English word (SCOWL), then alphabetically. */
function byScore(glosses: [string, number][]): [string, number][] {
  return glosses.sort((a, b) => b[1] - a[1] || (englishLevel(a[0]) ?? 99) - (englishLevel(b[0]) ?? 99) || (a[0] < b[0] ? -1 : 1))
}

/**
 * 1 for the commonest English words (SCOWL level 10), falling linearly to 0.5 at the rarest a gloss may be (70).
 * Names count as common: "září" is September before "zář" is glow.
 */
function commonness(gloss: string): number {
  if (isEnglishName(gloss)) return 1
  const level = englishLevel(gloss) ?? MAX_GLOSS_LEVEL
  return 1 - (0.5 * (Math.max(level, 10) - 10)) / (MAX_GLOSS_LEVEL - 10)
}

/**
 * German compounds whose best gloss their head already gives ("Raketenabwehr" → "defense", as "Abwehr" does)
 * are left out: the look-up splits them at run time (glosses.ts). This keeps 2 × more German stems under the cap.
 */
function dropDerivableCompounds(rows: { stem: string; glosses: string[] }[]): void {
  const byStem = new Map(rows.map((r) => [r.stem, r.glosses]))
  const derivable = new Set<string>()
  for (const { stem, glosses } of rows) {
    if (stem.length < 8) continue
    for (let i = 3; i <= stem.length - 4; i++) {
      const head = byStem.get(citationStem('de', stem.slice(i)))
      if (!head) continue
      const first = stem.slice(0, i)
      const known = ['', 's', 'n', 'en', 'es', 'e'].some((link) => first.endsWith(link) && byStem.has(citationStem('de', first.slice(0, first.length - link.length))))
      if (known && head[0] === glosses[0]) derivable.add(stem)
      break
    }
  }
  for (let i = rows.length - 1; i >= 0; i--) if (derivable.has(rows[i]!.stem)) rows.splice(i, 1)
}

/** Occurrences of each German stem (citation stem, as rows are keyed) among the words of the deu-eng dictionary's text. */
function germanStemUses(deuEng: readonly DictdEntry[]): Map<string, number> {
  const uses = new Map<string, number>()
  for (const { body } of deuEng) {
    for (const [word] of body.matchAll(/\p{L}{3,}/gu)) {
      const stem = citationStem('de', word)
      uses.set(stem, (uses.get(stem) ?? 0) + 1)
    }
  }
  return uses
}

const SOURCES: Readonly<Record<LexiconLanguage, readonly string[]>> = {
  ru: [
    `OpenRussian.org word lists, github:Badestrand/russian-dictionary@${OPENRUSSIAN_COMMIT} (CC BY-SA 4.0)`,
    'FreeDict eng-rus 0.3.1 (GPL-2.0-or-later), read backwards',
    'FreeDict pol-rus 2022.11.18 (CC BY-SA 3.0) via Polish, deu-rus 2022.11.18 (CC BY-SA 3.0) via German',
  ],
  uk: [`apertium-rus-ukr bidix, github:${RUS_UKR.repo}@${RUS_UKR.commit} (GPL-3.0), through the Russian lexicon`],
  be: [`apertium-bel-rus bidix, github:${BEL_RUS.repo}@${BEL_RUS.commit} (GPL-3.0), through the Russian lexicon`],
  pl: ['FreeDict pol-eng 2022.11.18 (CC BY-SA 3.0)', 'FreeDict eng-pol 0.2 (GPL-3.0-or-later / GFDL-1.2), read backwards'],
  cs: ['FreeDict ces-eng 0.2.3 (GPL-2.0-or-later)', 'FreeDict eng-ces 0.1.3 (GPL-2.0-or-later), read backwards'],
  de: ['FreeDict deu-eng 1.9-fd1 and eng-deu 1.9-fd1 (Ding, GPL-3.0 / AGPL-3.0)'],
}

/** `uses`: how often each stem occurs in a dictionary's own text, which orders stems under the cap (German only). */
function write(lang: LexiconLanguage, scores: Scores, uses: ReadonlyMap<string, number> = new Map()): void {
  addCalendarNames(scores, lang)
  const { entries, stop, stems, lemmas } = serialize(lang, scores, uses)
  const file = { language: lang, sources: SOURCES[lang], stop, entries }
  writeFileSync(new URL(`${lang}.json`, OUT), `${JSON.stringify(file)}\n`)
  console.error(`${lang}: ${lemmas} lemmas → ${stems} stems, ${(Buffer.byteLength(entries) / 1e6).toFixed(2)} MB`)
}

function main(): void {
  if (process.argv.includes('--install')) {
    execFileSync('apt-get', ['update'], { stdio: 'inherit' })
    const packages = ['pol-eng', 'eng-pol', 'eng-rus', 'ces-eng', 'eng-ces', 'deu-eng', 'eng-deu', 'pol-rus', 'deu-rus']
    execFileSync('apt-get', ['install', '-y', 'scowl', ...packages.map((p) => `dict-freedict-${p}`)], { stdio: 'inherit' })
  }
  const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',')
  const wanted = (lang: LexiconLanguage): boolean => !only || only.includes(lang)
  const pl = polish()
  const deuEng = dictd('deu-eng')
  const de = german(deuEng)
  const ru = russian(pl, de)
  if (wanted('pl')) write('pl', pl)
  if (wanted('de')) write('de', de, germanStemUses(deuEng))
  if (wanted('ru')) write('ru', ru)
  if (wanted('cs')) write('cs', czech())
  if (wanted('uk')) write('uk', viaRussian(RUS_UKR, 'left', ru))
  if (wanted('be')) write('be', viaRussian(BEL_RUS, 'right', ru))
}

main()
