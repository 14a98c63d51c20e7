export { analyzeArticle, DEFAULT_MAX_CHARS, framingDetector, outletFromSource, type AnalyzeOptions } from './analyze-article.js'
export { compareCoverage, type CompareOptions } from './compare-coverage.js'
export { foldName } from './text/index.js'
