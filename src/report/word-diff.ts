// The diff is computed in the pipeline too (headlines compared across outlets); one implementation for both.
export { wordDiff, type DiffSegment, type WordDiff } from '../pipeline/text/index.js'
