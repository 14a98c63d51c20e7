/**
 * Parallax as a library (`import { … } from 'parallax-news'`): read inputs, analyse articles, compare how they
 * cover one story, render the report, keep a corpus of stories. docs/LIBRARY.md has a worked example; the report's
 * shape is documented in docs/REPORT.md and schema/report.schema.json.
 *
 * @example
 * const analyzed = texts.map((content, i) => analyzeArticle({ source: `a${i}.txt`, format: 'text', content }))
 * const report = compareCoverage(analyzed.filter((a) => !('kind' in a)))
 * console.log(renderMarkdown(report))
 */
export type * from './model/index.js'
export { AppError, FRAMING_TECHNIQUES } from './model/index.js'

// One article, then several about one story.
export { analyzeArticle, compareCoverage, type AnalyzeOptions, type CompareOptions } from './pipeline/index.js'

// Inputs: files, directories, URLs, feeds, WARC archives, JSON Lines, stdin, as the CLI reads them.
export { DEFAULT_MAX_BYTES, isBlockedAddress, readInputs, type HttpOptions, type ReadOptions } from './ingest/index.js'

// Reports.
export { renderHtml, renderMarkdown, renderTerminal, type TerminalOptions } from './report/index.js'

// The corpus: a store of articles grouped into stories (SQLite by default, PostgreSQL with a postgres:// URL).
export { ingestDocuments, storyReport, type IngestOptions, type IngestTotals } from './corpus/index.js'
export { openConfiguredStore as openStore, type ConfiguredStoreOptions as OpenStoreOptions } from './store/postgres/index.js'
export { openSqliteStore, type SqliteStoreOptions } from './store/index.js'
export type { Store, StoreWriter, StoredArticle, StoryDetail, StoryMember, StoryQuery, StorySummary } from './store/index.js'
