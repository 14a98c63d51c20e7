export { readInputs } from './read-inputs.js'
export { decodeBytes, looksBinary, type Decoded, type DecodeHints } from './decode-bytes.js'
export { DEFAULT_MAX_BYTES, type ReadOptions, type HttpOptions } from './read-options.js'
