export { sentenceConcepts, conceptWeights, conceptSimilarity, type Concept, type SentenceConcepts, type EntityKeys } from './concepts.js'
export { alignFacts, factSpans, DEFAULT_FACT_OPTIONS, type AlignedFact, type FactOptions } from './align-facts.js'
export { alignQuotes, type QuoteForAlignment } from './align-quotes.js'
export { findDifferences, valueContext, type ValueInContext } from './find-differences.js'
