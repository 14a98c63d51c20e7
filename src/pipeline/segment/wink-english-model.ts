import { readFileSync, statSync } from 'node:fs'
import Module, { createRequire } from 'node:module'
import type { Model } from 'wink-nlp'
import { readFileOnce } from '../prefetch-files.js'
import { lexemeViews, scanLexemes, type LexemeTables } from './lexeme-index.js'

const require = createRequire(import.meta.url)
const DIST = 'wink-eng-lite-web-model/dist/'

/**
 * wink's English lite model (wink-eng-lite-web-model) for the annotations `splitSentences` asks for (sentences,
 * POS, lemmas), assembled from the package's own parts but loaded in about half the time of its entry module:
 * - the core model is parsed once (the package parses its 3 MB JSON, then deep-copies it through
 *   JSON.stringify/JSON.parse) and its base64 tables are decoded natively (the package copies byte by byte);
 * - the NER, negation and sentiment machines (0.6 MB of JSON parsed at require time) are empty: those
 *   annotations are never in our pipe, and wink only runs the machines of annotations in the pipe;
 * - the lemmatizer's exception tables are read as JSON when the build has written them (winkLemmatizer).
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
      lemmatize: winkLemmatizer(),
      readabilityStats: require(`${DIST}readability-stats.js`),
      wordVectors: undefined,
    },
  }
}

/** The lemmatizer's WordNet exception tables, by their file name in the package's dist/. */
const LEMMA_EXCEPTIONS = ['wn-adjective-exceptions.js', 'wn-noun-exceptions.js', 'wn-verb-exceptions.js'] as const

/** Where the build writes those tables as JSON: beside this module in dist/ (never in src/). */
export const LEMMA_EXCEPTIONS_FILE = 'wink-lemma-exceptions.json'

/**
 * The three tables as one JSON text, { file name: "word\tlemma" lines sorted by word }, from the installed
 * package (the build writes it: scripts/build/bundle-cli.ts). Lines, not objects: parsing 10k keys into objects
 * cost as much as compiling the files.
 */
export function lemmaExceptionsJson(): string {
  const lines = (table: Record<string, string>): string =>
    Object.keys(table)
      .sort()
      .map((word) => `${word}\t${table[word]}`)
      .join('\n')
  return JSON.stringify(Object.fromEntries(LEMMA_EXCEPTIONS.map((name) => [name, lines(require(`${DIST}${name}`) as Record<string, string>)])))
}

/**
 * wink's lemmatizer, run as it is. Its three exception tables are JavaScript files of some ten thousand
 * declarations, and compiling them cost ~25 ms at every start (issue 19); where the build has written them as
 * sorted lines beside this module, each is put in require's cache as that module's export first: an object
 * that answers `table[word]` (all the lemmatizer asks of it) by binary search over the lines. Without the file
 * (running from src/) the package's own files are compiled.
 */
function winkLemmatizer(): unknown {
  let json: string | undefined
  try {
    json = readFileSync(new URL(`./${LEMMA_EXCEPTIONS_FILE}`, import.meta.url), 'utf8')
  } catch {
    json = undefined
  }
  if (json !== undefined) {
    const tables = JSON.parse(json) as Record<string, string>
    for (const name of LEMMA_EXCEPTIONS) {
      const path = require.resolve(`${DIST}${name}`)
      if (require.cache[path] !== undefined || tables[name] === undefined) continue
      const module = new Module(path)
      module.filename = path
      module.exports = sortedLinesTable(tables[name])
      module.loaded = true
      require.cache[path] = module
    }
  }
  return require(`${DIST}lemmatize.js`)
}

/** A prototype-less object whose `[word]` is the value of the "word\tvalue" line of sorted `text`, else undefined. */
export function sortedLinesTable(text: string): Record<string, string> {
  const starts = [0]
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1)
  const find = (word: string): string | undefined => {
    let lo = 0
    let hi = starts.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      const tab = text.indexOf('\t', starts[mid])
      const key = text.slice(starts[mid], tab)
      if (key === word) return text.slice(tab + 1, mid + 1 < starts.length ? starts[mid + 1]! - 1 : text.length)
      if (key < word) lo = mid + 1
      else hi = mid
    }
    return undefined
  }
  return new Proxy(Object.create(null) as Record<string, string>, { get: (_, key) => (typeof key === 'string' ? find(key) : undefined) })
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
 * feature list), built the same way step by step, except that the lexeme list and hash are read from the file's
 * bytes on demand (lexeme-index.ts) and the base64 lexicon is decoded from the bytes, not from a parsed string;
 * or all of that read ready-made from the file the build prepared (prepareCoreModel), when there is one.
 */
export function readCoreModel(): CoreModel {
  return coreModelFrom(readPreparedFile())
}

/** The core model from `prepared` (prepareCoreModel's bytes) when it was made from the installed file; else parsed. */
export function coreModelFrom(prepared: Buffer | undefined): CoreModel {
  const path = corePath()
  const model = (prepared && decodePreparedCoreModel(prepared, statSync(path).size)) ?? parseCoreModel(readFileSync(path))
  const { packing, features, pos } = model
  if (typeof model.xpansions === 'string') model.xpansions = new Uint32Array(fromBase64(model.xpansions))
  for (const f in packing.layout) if (packing.layout[f]![3] === 0) features[f]!.hash = hashOf(features[f]!.list)
  features.lexeme.hash ??= hashOf(features.lexeme.list)
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

const LEXICON = '"lexicon":"'
const LEXEMES = '"lexeme":{"list":'

/** The model file's parts: the rest as JSON text, the decoded lexicon, and the lexeme list's bytes and tables. */
interface CoreParts {
  readonly rest: string
  readonly lexicon: Uint32Array
  readonly words: Buffer
  readonly lexemes: LexemeTables
}

/**
 * The model file parsed without its two large values: the base64 lexicon (1.9 MB) is decoded straight from its
 * bytes, and the lexeme list (1 MB, 87k words) is indexed where it lies (lexeme-index.ts); the rest (0.1 MB) is
 * JSON.parse'd. A file laid out otherwise (another version of the package) is parsed whole.
 */
function parseCoreModel(bytes: Buffer): CoreModel {
  const parts = splitCoreModel(bytes)
  if (parts === undefined) {
    const model = JSON.parse(bytes.toString('utf8')) as CoreModel
    model.lexicon = new Uint32Array(fromBase64(model.lexicon as string))
    return model
  }
  return assembleCoreModel(parts)
}

function splitCoreModel(bytes: Buffer, slotsPerWord?: number): CoreParts | undefined {
  const lexiconAt = bytes.indexOf(LEXICON)
  const lexiconEnd = lexiconAt < 0 ? -1 : bytes.indexOf('"', lexiconAt + LEXICON.length)
  const listAt = bytes.indexOf(LEXEMES)
  const isBase64 = lexiconEnd > 0 && !bytes.subarray(lexiconAt + LEXICON.length, lexiconEnd).includes(0x5c)
  if (!isBase64 || listAt < 0 || listAt < lexiconEnd) return undefined
  const lexemes = scanLexemes(bytes, listAt + LEXEMES.length, slotsPerWord)
  const rest =
    bytes.toString('utf8', 0, lexiconAt + LEXICON.length) +
    bytes.toString('utf8', lexiconEnd, listAt + LEXEMES.length) +
    '[]' +
    bytes.toString('utf8', lexemes.end)
  const lexicon = new Uint32Array(fromBase64(bytes.toString('latin1', lexiconAt + LEXICON.length, lexiconEnd)))
  return { rest, lexicon, words: bytes, lexemes }
}

function assembleCoreModel({ rest, lexicon, words, lexemes }: CoreParts): CoreModel {
  const model = JSON.parse(rest) as CoreModel
  model.lexicon = lexicon
  const { list, hash } = lexemeViews(words, lexemes)
  model.features.lexeme.list = list
  model.features.lexeme.hash = hash
  return model
}

/** The prepared core model, written by the build beside this module in dist/ (prepareCoreModel). */
export const PREPARED_MODEL_FILE = 'wink-core-model.bin'
const PREPARED_MAGIC = 0x4d575850 // "PXWM"
const PREPARED_HEADER_WORDS = 7

/**
 * The package's core model split as the build stores it, so that a run reads it with nothing to scan, decode
 * or hash but the model's small rest (about 30 ms less at every start; issue 19). Layout, little-endian u32
 * header: magic, the source file's size, lexeme count, hash table size, lexicon words, rest bytes, list bytes;
 * then the lexemes' from and to offsets (into the list's bytes), the hash table, the lexicon, the rest as JSON,
 * and the list's bytes as the package file has them. The size ties it to the file it was built from: a run
 * finding another file (an updated package) parses that file instead.
 */
export function prepareCoreModel(): Buffer {
  const source = readFileSync(corePath())
  // A hash table two-thirds full: 0.5 MB to read instead of 2 MB, for a probe or two more per look-up.
  const parts = splitCoreModel(source, 1.5)
  if (parts === undefined) throw new Error('wink model: the core model file is laid out otherwise than expected; nothing to prepare')
  const { lexemes } = parts
  const listAt = lexemes.from.length === 0 ? lexemes.end : lexemes.from[0]! - 1
  const words = source.subarray(listAt, lexemes.end)
  const rest = Buffer.from(parts.rest)
  const header = Uint32Array.from([PREPARED_MAGIC, source.length, lexemes.count, lexemes.table.length, parts.lexicon.length, rest.length, words.length])
  const rebase = (offsets: Uint32Array): Uint32Array => offsets.map((at) => at - listAt)
  const bytes = (array: Uint32Array | Int32Array): Buffer => Buffer.from(array.buffer, array.byteOffset, array.byteLength)
  return Buffer.concat([bytes(header), bytes(rebase(lexemes.from)), bytes(rebase(lexemes.to)), bytes(lexemes.table), bytes(parts.lexicon), rest, words])
}

/** The prepared model file beside this module (in dist/), if the build wrote one. */
function readPreparedFile(): Buffer | undefined {
  try {
    return readFileOnce(new URL(`./${PREPARED_MODEL_FILE}`, import.meta.url))
  } catch {
    return undefined
  }
}

/** The model in `file` (prepareCoreModel's bytes) when it was made from a source file of `sourceSize` bytes and is whole. */
function decodePreparedCoreModel(file: Buffer, sourceSize: number): CoreModel | undefined {
  // Typed views need 4-byte alignment; a file read whole has its own buffer.
  const bytes = file.byteOffset % 4 === 0 ? file : Buffer.from(file)
  if (bytes.length < PREPARED_HEADER_WORDS * 4) return undefined
  const u32 = (at: number, length: number): Uint32Array => new Uint32Array(bytes.buffer, bytes.byteOffset + at, length)
  const [magic, size, count, tableSize, lexiconWords, restBytes, listBytes] = u32(0, PREPARED_HEADER_WORDS) as unknown as number[]
  if (magic !== PREPARED_MAGIC || size !== sourceSize) return undefined
  const length = (PREPARED_HEADER_WORDS + 2 * count! + tableSize! + lexiconWords!) * 4 + restBytes! + listBytes!
  if (bytes.length !== length) return undefined
  let at = PREPARED_HEADER_WORDS * 4
  const take = (words: number): Uint32Array => {
    const view = u32(at, words)
    at += words * 4
    return view
  }
  const from = take(count!)
  const to = take(count!)
  const table = new Int32Array(bytes.buffer, bytes.byteOffset + at, tableSize!)
  at += tableSize! * 4
  const lexicon = take(lexiconWords!)
  const rest = bytes.toString('utf8', at, at + restBytes!)
  const words = bytes.subarray(at + restBytes!, at + restBytes! + listBytes!)
  return assembleCoreModel({ rest, lexicon, words, lexemes: { from, to, table, count: count!, end: listBytes! } })
}

function corePath(): string {
  return require.resolve(`${DIST}languages/cur/models/eng-core-web-model.json`)
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
