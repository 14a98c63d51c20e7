export { findQuotes, type FoundQuote } from './find-quotes.js'
export { findQuoteMarks, type MarkedSpan } from './find-quote-marks.js'
export { resolveReferents, type Referent } from './resolve-referents.js'
