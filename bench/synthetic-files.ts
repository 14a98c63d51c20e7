import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { seededRandom as random } from '../scripts/lib/seeded-random.js'
import { loadBenchTexts } from './cluster.bench.js'

/**
 * Writes `count` text files (000000.txt…) generated from the dev texts of ECB+, BASIL and AllSides
 * (../shared/bench, read at run time): each keeps a random 70% of a text's sentences, with its names and numbers
 * renamed per synthetic event of 2–14 articles, so articles are distinct but events recur as in news. Returns the
 * templates used. Names are renamed with a suffix of letters ("Harris" → "Harrisbq"), not digits: "Harris22" is
 * not a word to looksLikeProse, and name-heavy texts renamed that way (~10 % of the files) were skipped as
 * "mostly data" instead of measured as articles.
 */
export function writeSyntheticFiles(dir: string, count: number): { title: string; text: string }[] {
  const texts = loadBenchTexts()
  const rnd = random(7)
  let event = 0
  let left = 0
  let template = texts[0] ?? { title: '', text: '' }
  for (let i = 0; i < count; i++) {
    if (left === 0) {
      event++
      left = 2 + Math.floor(rnd() * 13)
      template = texts[Math.floor(rnd() * texts.length)] ?? template
    }
    left--
    const tag = letterTag(event)
    const rename = (s: string) => s.replace(/\b(\p{Lu}\p{Ll}+)\b/gu, `$1${tag}`).replace(/\d+/g, (d) => `${d}${event % 97}`)
    const sentences = template.text.split(/(?<=[.!?])\s+/).filter(() => rnd() < 0.7)
    writeFileSync(join(dir, `${String(i).padStart(6, '0')}.txt`), `${rename(template.title || `Report ${tag}`)}\n\n${rename(sentences.join(' '))}\n`)
  }
  return texts
}

/** `n` (≥ 1) in bijective base 26 over a–z: 1 → "a", 26 → "z", 27 → "aa". */
function letterTag(n: number): string {
  let tag = ''
  for (let left = n; left > 0; left = Math.floor((left - 1) / 26)) tag = String.fromCharCode(97 + ((left - 1) % 26)) + tag
  return tag
}
