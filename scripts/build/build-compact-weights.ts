/**
 * Writes the compact form of each framing weights file that the pipeline reads at run time:
 * src/pipeline/framing/weights/<name>.en.json (as training writes it: parallel `features` and `weights` arrays,
 * or the word clusters' `clusters` lists) → <name>.en.table.bin, the keys and values sorted by key and looked
 * up by binary search over the file's bytes (src/pipeline/framing/weight-table.ts), and <name>.en.compact.json,
 * the file's other fields. Parsing 4.4 MB of arrays and building a Map of every feature cost a third of a second
 * at every start, and a table kept as one JSON string still cost ~60 ms to read, decode and parse (issue 19).
 * Values come back as exactly the doubles the JSON held, so every model scores as before
 * (src/pipeline/framing/compact-weights.test.ts checks each lookup and that the committed files equal a rebuild).
 *
 * Run after training (npm run train:framing does): npx tsx scripts/build/build-compact-weights.ts
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { encodeWeightTable } from '../../src/pipeline/framing/weight-table.js'

export const WEIGHTS_DIR = fileURLToPath(new URL('../../src/pipeline/framing/weights/', import.meta.url))

/** The weights files that have a compact form, without ".en.json". */
export const COMPACT_WEIGHTS = ['loaded-words', 'techniques', 'clause-techniques', 'sentence-techniques', 'sentence-bias', 'word-clusters'] as const

/** The compact files for `name` (one of COMPACT_WEIGHTS), from `<name>.en.json` in `dir`: the fields' JSON text and the table. */
export function compactWeights(name: (typeof COMPACT_WEIGHTS)[number], dir: string = WEIGHTS_DIR): { json: string; table: Buffer } {
  const file = JSON.parse(readFileSync(`${dir}${name}.en.json`, 'utf8')) as Record<string, unknown>
  const { features, weights, clusters, ...meta } = file
  const rows: [string, number[]][] = []
  let extra: Record<string, unknown>
  if (Array.isArray(clusters)) {
    // Word clusters: word → cluster rows, plus each cluster's two most frequent words (feature explanations).
    const lists = (clusters as string[]).map((words) => words.split(' '))
    lists.forEach((words, c) => words.forEach((word) => rows.push([word, [c]])))
    extra = { clusterCount: lists.length, examples: lists.map((words) => words.slice(0, 2).join(' ')) }
  } else {
    const names = features as string[]
    const values = weights as number[]
    const width = values.length / names.length
    if (!Number.isInteger(width) || width < 1) throw new Error(`${name}: ${values.length} weights for ${names.length} features`)
    names.forEach((feature, f) => rows.push([feature, values.slice(f * width, (f + 1) * width)]))
    extra = width > 1 ? { width } : {}
  }
  for (const [key] of rows) if (key === '') throw new Error(`${name}: an empty key`)
  rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
  const fields = { ...meta, ...extra, builtFrom: `${name}.en.json by scripts/build/build-compact-weights.ts; the weights are in ${name}.en.table.bin` }
  return { json: `${JSON.stringify(fields)}\n`, table: encodeWeightTable(rows) }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const name of COMPACT_WEIGHTS) {
    const { json, table } = compactWeights(name)
    writeFileSync(`${WEIGHTS_DIR}${name}.en.compact.json`, json)
    writeFileSync(`${WEIGHTS_DIR}${name}.en.table.bin`, table)
    process.stderr.write(`wrote ${name}.en.compact.json and ${name}.en.table.bin (${(table.length / 1024).toFixed(0)} KB)\n`)
  }
}
