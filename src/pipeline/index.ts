export { analyzeArticle, framingDetector, outletFromSource, type AnalyzeOptions } from './analyze-article.js'
export { compareCoverage, type CompareOptions } from './compare-coverage.js'
export { foldName } from './text/index.js'
