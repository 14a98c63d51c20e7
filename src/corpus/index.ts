export { prepareDocument, readyDocument, type Prepared, type Ready } from './prepare-document.js'
export { CorpusState, roundTerms, type ArticleCandidate } from './corpus-state.js'
export { candidateOf, defaultIngestWorkers, ingestDocuments, type IngestOptions, type IngestTotals } from './ingest-documents.js'
export { storeBatch, type StoredResult, type StoreOutcome } from './store-batch.js'
