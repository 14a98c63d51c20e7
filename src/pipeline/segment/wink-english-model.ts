import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Model } from 'wink-nlp'

const require = createRequire(import.meta.url)
const DIST = 'wink-eng-lite-web-model/dist/'

/**
 * wink's English lite model (wink-eng-lite-web-model) for the annotations `splitSentences` asks for (sentences,
 * POS, lemmas), assembled from the package's own parts but loaded in about half the time of its entry module:
 * - the core model is parsed once (the package parses its 3 MB JSON, then deep-copies it through
 *   JSON.stringify/JSON.parse) and its base64 tables are decoded natively (the package copies byte by byte);
 * - the NER, negation and sentiment machines (0.6 MB of JSON parsed at require time) are empty: those
 *   annotations are never in our pipe, and wink only runs the machines of annotations in the pipe.
 * The result is the same core model object (a test compares it with the package's `readModel()`), so tokens,
 * sentences, POS and lemmas are unchanged.
 */
export function winkEnglishModel(): Model {
  return {
    core: readCoreModel,
    sbd: require(`${DIST}load-sbd-model.js`),
    pos: require(`${DIST}load-pos-model.js`),
    ner: () => ({ machines: [], transformers: [] }),
    negation: () => ({ machines: [EMPTY_MACHINE], setter: () => undefined }),
    sa: () => ({ machines: [EMPTY_MACHINE], setter: () => undefined }),
    metaCER: require(`${DIST}load-cer-meta-model.js`),
    featureFn: require(`${DIST}feature.js`),
    addons: {
      stem: require(`${DIST}porter-stemmer.js`),
      lemmatize: require(`${DIST}lemmatize.js`),
      readabilityStats: require(`${DIST}readability-stats.js`),
      wordVectors: undefined,
    },
  }
}

// An automaton with no states, as wink's own `emptyModelJSON` writes it.
const EMPTY_MACHINE = '[100,0,{"0":{}},{},{},{}]'

interface FeatureData {
  list: string[]
  hash?: Record<string, number>
  intrinsicSize?: number
  index?: number
  maxIndex?: number
}

/** [word, mask, shift, isIntrinsic (0: value is an index into `list`), isExtractable, ...] per feature. */
type Layout = Record<string, [number, number, number, number, number, ...number[]]>

interface CoreModel {
  packing: { layout: Layout; efList?: string[] }
  features: Record<string, FeatureData> & { lexeme: FeatureData; posClusters: { list: (string | Set<number>)[] } }
  pos: { hash: Record<string, number> }
  lexicon: string | Uint32Array
  xpansions: string | Uint32Array
}

/**
 * What the package's load-core-model.js returns (read-core-model.js, then the sizes and the extractable
 * feature list), built the same way step by step.
 */
export function readCoreModel(): CoreModel {
  const path = require.resolve(`${DIST}languages/cur/models/eng-core-web-model.json`)
  const model = JSON.parse(readFileSync(path, 'utf8')) as CoreModel
  const { packing, features, pos } = model
  model.lexicon = new Uint32Array(fromBase64(model.lexicon as string))
  model.xpansions = new Uint32Array(fromBase64(model.xpansions as string))
  for (const f in packing.layout) if (packing.layout[f]![3] === 0) features[f]!.hash = hashOf(features[f]!.list)
  features.lexeme.hash = hashOf(features.lexeme.list)
  const clusters = features.posClusters.list
  for (let k = 0; k < clusters.length; k++) clusters[k] = new Set((clusters[k] as string).split('_').map((e) => pos.hash[e] || 0))
  // load-core-model.js
  packing.efList = []
  for (const f in packing.layout) {
    const layout = packing.layout[f]!
    if (layout[3] === 0) {
      const feature = features[f]!
      feature.intrinsicSize = feature.list.length
      feature.index = feature.list.length
      feature.maxIndex = layout[1] >>> layout[2]
    }
    if (layout[4] === 1) packing.efList.push(f)
  }
  features.lexeme.intrinsicSize = features.lexeme.list.length
  features.lexeme.index = features.lexeme.list.length
  return model
}

/** A fresh, aligned ArrayBuffer (Buffer.from may share an unaligned pool slab, which Uint32Array refuses). */
function fromBase64(data: string): ArrayBuffer {
  const bytes = Buffer.from(data, 'base64')
  const copy = new Uint8Array(bytes.byteLength)
  copy.set(bytes)
  return copy.buffer
}

/** value → index, on a prototype-less object as wink reads and extends it (`hash[word]`). */
function hashOf(list: readonly string[]): Record<string, number> {
  const hash = Object.create(null) as Record<string, number>
  for (let k = 0; k < list.length; k++) hash[list[k]!] = k
  return hash
}
