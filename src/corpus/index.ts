export { prepareDocument, readyDocument, type Prepared, type Ready } from './prepare-document.js'
export { CorpusState, roundTerms, type ArticleCandidate } from './corpus-state.js'
export { defaultIngestWorkers, ingestDocuments, type IngestOptions, type IngestTotals } from './ingest-documents.js'
