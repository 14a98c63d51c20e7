export { contentHash, contentHashOfNormalized } from './content-hash.js'
export { normalizeForHash, referenceFold } from './normalize-for-hash.js'
export { shingles, shinglesOfNormalized, jaccard, DEFAULT_SHINGLE_SIZE } from './shingles.js'
export { createMinHasher, estimateJaccard, DEFAULT_NUM_HASHES, type MinHasherOptions } from './minhash.js'
export { LshIndex, DEFAULT_BANDS } from './lsh-index.js'
export {
  findNearDuplicates,
  NEAR_DUPLICATE_JACCARD,
  type DedupeInput,
  type NearDuplicatePair,
  type FindNearDuplicatesOptions,
} from './find-near-duplicates.js'
export { DuplicateIndex, DUPLICATE_GENERATION, type DuplicateEntry, type DuplicateMatch, type HeldGeneration, type HeldWindow } from './duplicate-index.js'
export { detectWireCredit, type WireAgency } from './detect-wire-credit.js'
export { countIndependentSources, type SourceInput } from './count-independent-sources.js'
