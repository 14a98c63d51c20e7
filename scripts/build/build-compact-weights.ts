/**
 * Writes the compact form of each framing weights file that the pipeline reads at run time:
 * src/pipeline/framing/weights/<name>.en.json (as training writes it: parallel `features` and `weights` arrays,
 * or the word clusters' `clusters` lists) → <name>.en.compact.json, whose `table` is one string of lines
 * "key value…", sorted by key, looked up by binary search (src/pipeline/framing/weight-table.ts). Parsing
 * 4.4 MB of arrays and building a Map of every feature cost a third of a second at every start (issue 19); the
 * compact files parse as a few strings. Values are written as `String(n)`, which `Number()` reads back to the
 * same double, so every model scores exactly as before (src/pipeline/framing/compact-weights.test.ts checks each
 * lookup and that the committed files equal a rebuild).
 *
 * Run after training (npm run train:framing does): npx tsx scripts/build/build-compact-weights.ts
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'

export const WEIGHTS_DIR = fileURLToPath(new URL('../../src/pipeline/framing/weights/', import.meta.url))

/** The weights files that have a compact form, without ".en.json". */
export const COMPACT_WEIGHTS = ['loaded-words', 'techniques', 'clause-techniques', 'sentence-techniques', 'sentence-bias', 'word-clusters'] as const

/** The compact file's text for `name` (one of COMPACT_WEIGHTS), from `<name>.en.json` in `dir`. */
export function compactWeights(name: (typeof COMPACT_WEIGHTS)[number], dir: string = WEIGHTS_DIR): string {
  const file = JSON.parse(readFileSync(`${dir}${name}.en.json`, 'utf8')) as Record<string, unknown>
  const { features, weights, clusters, ...meta } = file
  const lines: [string, string][] = []
  let extra: Record<string, unknown>
  if (Array.isArray(clusters)) {
    // Word clusters: "word cluster" lines, plus each cluster's two most frequent words (feature explanations).
    const lists = (clusters as string[]).map((words) => words.split(' '))
    lists.forEach((words, c) => words.forEach((word) => lines.push([word, String(c)])))
    extra = { clusterCount: lists.length, examples: lists.map((words) => words.slice(0, 2).join(' ')) }
  } else {
    const names = features as string[]
    const values = weights as number[]
    const width = values.length / names.length
    if (!Number.isInteger(width) || width < 1) throw new Error(`${name}: ${values.length} weights for ${names.length} features`)
    names.forEach((feature, f) => lines.push([feature, values.slice(f * width, (f + 1) * width).map(String).join(' ')]))
    extra = width > 1 ? { width } : {}
  }
  for (const [key] of lines) if (/[\s]/.test(key) || key === '') throw new Error(`${name}: key ${JSON.stringify(key)} is empty or has white space`)
  lines.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
  for (let i = 1; i < lines.length; i++) if (lines[i]![0] === lines[i - 1]![0]) throw new Error(`${name}: key ${lines[i]![0]} twice`)
  const compact = {
    ...meta,
    ...extra,
    builtFrom: `${name}.en.json by scripts/build/build-compact-weights.ts: "key value…" lines sorted by key`,
    table: lines.map(([key, value]) => `${key} ${value}`).join('\n'),
  }
  // ASCII only ("é" as \u00e9): the file then decodes on the fast path and parses into one-byte strings, where
  // a few accented words made the whole 1.4 MB a two-byte string, slower to decode, parse and search.
  return `${JSON.stringify(compact).replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const name of COMPACT_WEIGHTS) {
    const text = compactWeights(name)
    writeFileSync(`${WEIGHTS_DIR}${name}.en.compact.json`, text)
    process.stderr.write(`wrote ${name}.en.compact.json (${(text.length / 1024).toFixed(0)} KB)\n`)
  }
}
