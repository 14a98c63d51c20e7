import { prefetch } from './prefetch-files.js'

/**
 * The framing models' weight tables (framing/read-compact-weights.ts reads them on first use). Named here, not
 * imported from the modules that read them: importing those would load the pipeline before the reads start.
 */
const TABLES = ['loaded-words', 'word-clusters', 'techniques', 'clause-techniques', 'sentence-techniques', 'sentence-bias']

/**
 * Starts reading the analysis models' data files in the background (prefetch-files.ts): the framing weight tables,
 * the gazetteer's tables and, in a build, wink's prepared core model. Call before importing the pipeline, in commands that analyse.
 */
export function prefetchModels(): Promise<void> {
  return prefetch([
    ...TABLES.map((name) => new URL(`./framing/weights/${name}.en.table.bin`, import.meta.url)),
    new URL('./segment/wink-core-model.bin', import.meta.url),
    new URL('./entities/data/gazetteer.prepared.json', import.meta.url),
  ])
}
