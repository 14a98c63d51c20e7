import { readFileSync } from 'node:fs'
// Type-only imports: nothing is loaded at import, but tsc copies the files into dist/ beside this module.
import type clauseTechniques from './weights/clause-techniques.en.compact.json'
import type loadedWords from './weights/loaded-words.en.compact.json'
import type sentenceBias from './weights/sentence-bias.en.compact.json'
import type sentenceTechniques from './weights/sentence-techniques.en.compact.json'
import type techniques from './weights/techniques.en.compact.json'
import type wordClusters from './weights/word-clusters.en.compact.json'
import { readFileOnce } from '../prefetch-files.js'
import { weightTable, type WeightTable } from './weight-table.js'

/** The committed compact weights files (scripts/build/build-compact-weights.ts), by name. */
interface CompactFiles {
  'loaded-words': typeof loadedWords
  techniques: typeof techniques
  'clause-techniques': typeof clauseTechniques
  'sentence-techniques': typeof sentenceTechniques
  'sentence-bias': typeof sentenceBias
  'word-clusters': typeof wordClusters
}

/** A compact weights file: its other fields as the training wrote them, and its sorted table. */
export type CompactWeights<K extends keyof CompactFiles> = CompactFiles[K] & { readonly table: WeightTable }

/**
 * Reads `weights/<name>.en.compact.json` and its table `<name>.en.table.bin` when a model is first used (not at
 * import): a command that never scores framing never reads them, and one that does reads the table's bytes as
 * they are, with nothing to decode or parse.
 * @example readCompactWeights('loaded-words').table.number('w=vile')
 */
export function readCompactWeights<K extends keyof CompactFiles>(name: K): CompactWeights<K> {
  const file = JSON.parse(readFileSync(new URL(`./weights/${name}.en.compact.json`, import.meta.url), 'utf8')) as CompactFiles[K]
  return { ...file, table: weightTable(readFileOnce(new URL(`./weights/${name}.en.table.bin`, import.meta.url))) }
}
