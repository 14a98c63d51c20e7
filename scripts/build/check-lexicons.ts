/**
 * Quality check of the cross-lingual lexicons on ../shared/bench/wmt-crosslingual/dev/pairs.jsonl (a news
 * article and its human translation, segment by segment):
 *
 * - gloss hit rate: of a non-English segment's content tokens (not stopwords, no digits), the share with a gloss
 *   among the English lemmas of the aligned English segment (lemmas as the English pipeline keys them);
 * - chance rate: the same against a random English segment of another document (seeded), the floor to beat;
 * - coverage: the share of content tokens with any gloss at all.
 *
 * Czech has no English partner in the benchmark (cs-uk only): its row compares Czech glosses with the glosses
 * of the aligned Ukrainian segment. Use it to compare stemmer or lexicon changes as a method; never add entries
 * for words seen here (this is the dev half; the held-out half must stay unseen).
 *
 * Run: npx tsx scripts/build/check-lexicons.ts [--split dev] [--first]   (--first: only each word's first gloss)
 */
import { splitSentences } from '../../src/pipeline/segment/index.js'
import { foldName } from '../../src/pipeline/text/index.js'
import { englishGlosses, isLexiconLanguage, isStopword, type LexiconLanguage } from '../../src/pipeline/lexicon/index.js'
import { seededRandom } from '../lib/seeded-random.js'
import { loadWmtPairs, type PairSide } from './lib/load-wmt-pairs.js'

const split = process.argv.includes('--split') ? process.argv[process.argv.indexOf('--split') + 1] : 'dev'
const firstOnly = process.argv.includes('--first')
const docs = loadWmtPairs(split)

const WORD = /\p{L}+(?:['’ʼ-]\p{L}+)*/gu

function segments(side: PairSide): string[] {
  return side.paragraphs.flat()
}

// Mirrors concepts.ts: lemma, folded, "-ies"/"-s" plural left by the lemmatiser dropped.
function englishKeys(text: string): Set<string> {
  const keys = new Set<string>()
  for (const s of splitSentences(text)) {
    for (const t of s.tokens) {
      const parts = t.text.includes('-') && /\p{L}-\p{L}/u.test(t.text) ? t.text.split('-') : [t.lemma]
      for (const p of parts) keys.add(singular(foldName(p).replace(/\s+/g, '')))
    }
  }
  return keys
}

function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`
  if (word.length > 4 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) return word.slice(0, -1)
  return word
}

function glossesOf(lang: LexiconLanguage, word: string): readonly string[] {
  const g = englishGlosses(lang, word)
  return firstOnly ? g.slice(0, 1) : g
}

function contentTokens(lang: LexiconLanguage, text: string): string[] {
  return (text.match(WORD) ?? []).filter((w) => !isStopword(lang, w))
}

/** Glosses of every content token of a segment: the "English side" of a Ukrainian segment for the Czech row. */
function glossKeys(lang: LexiconLanguage, text: string): Set<string> {
  const keys = new Set<string>()
  for (const w of contentTokens(lang, text)) for (const g of englishGlosses(lang, w)) keys.add(g)
  return keys
}

interface Tally {
  tokens: number
  covered: number
  hits: number
  chance: number
}

const tallies = new Map<string, Tally>()
const rnd = seededRandom(20250611)

// Every (foreign segment, partner segment) pair with the partner's language; English partners first.
const englishSegments: { doc: string; text: string }[] = []
for (const d of docs) {
  for (const side of [d.source, d.reference]) if (side.lang === 'en') for (const text of segments(side)) englishSegments.push({ doc: d.id, text })
}
const keyCache = new Map<string, Set<string>>()
const keysOf = (text: string): Set<string> => {
  let k = keyCache.get(text)
  if (!k) keyCache.set(text, (k = englishKeys(text)))
  return k
}

for (const d of docs) {
  const sides = [d.source, d.reference]
  const foreign = sides.find((s) => s.lang !== 'en' && isLexiconLanguage(s.lang))
  if (!foreign) continue
  const other = sides.find((s) => s !== foreign)!
  const lang = foreign.lang as LexiconLanguage
  const viaUkrainian = other.lang !== 'en'
  if (viaUkrainian && (!isLexiconLanguage(other.lang) || lang === other.lang)) continue
  const row = viaUkrainian ? `${lang} (vs ${other.lang} glosses)` : lang
  const tally = tallies.get(row) ?? { tokens: 0, covered: 0, hits: 0, chance: 0 }
  tallies.set(row, tally)
  const foreignSegs = segments(foreign)
  const otherSegs = segments(other)
  const pool = viaUkrainian ? docs.filter((x) => x.id !== d.id && x.pair === d.pair) : null
  foreignSegs.forEach((text, i) => {
    const partner = otherSegs[i] ?? ''
    let random: string
    if (pool) {
      const doc = pool[Math.floor(rnd() * pool.length)]!
      const segs = segments(doc.source.lang === other.lang ? doc.source : doc.reference)
      random = segs[Math.floor(rnd() * segs.length)] ?? ''
    } else {
      let pick = englishSegments[Math.floor(rnd() * englishSegments.length)]!
      while (pick.doc === d.id) pick = englishSegments[Math.floor(rnd() * englishSegments.length)]!
      random = pick.text
    }
    const own = viaUkrainian ? glossKeys(other.lang as LexiconLanguage, partner) : keysOf(partner)
    const chance = viaUkrainian ? glossKeys(other.lang as LexiconLanguage, random) : keysOf(random)
    for (const w of contentTokens(lang, text)) {
      const glosses = glossesOf(lang, w)
      tally.tokens++
      if (glosses.length > 0) tally.covered++
      if (glosses.some((g) => own.has(g))) tally.hits++
      if (glosses.some((g) => chance.has(g))) tally.chance++
    }
  })
}

const pct = (n: number, d: number): string => `${((100 * n) / Math.max(d, 1)).toFixed(1)}%`
console.log(`wmt-crosslingual ${split}${firstOnly ? ', first gloss only' : ''}`)
console.log('language              content tokens  coverage  gloss hit rate  chance rate')
for (const [row, t] of [...tallies].sort()) {
  console.log(`${row.padEnd(22)}${String(t.tokens).padStart(14)}  ${pct(t.covered, t.tokens).padStart(8)}  ${pct(t.hits, t.tokens).padStart(14)}  ${pct(t.chance, t.tokens).padStart(11)}`)
}
