import { AppError, type CoverageReport } from '../model/index.js'
import { compareCoverage } from '../pipeline/index.js'
import { parseBriefWords } from './brief-words-flag.js'
import { readOptionsFrom, type InputFlags } from './input-flags.js'
import { describeSkipped, loadArticles, nothingAnalysed } from './load-articles.js'
import { loadOutletRegistry } from './load-outlet-registry.js'

/** Shared by `compare` and `analyze`: read, analyse, compare; errors only when nothing could be analysed. */
export async function buildReport(
  inputs: readonly string[],
  flags: InputFlags & { readonly lang?: string; readonly outlets?: string; readonly briefWords?: string },
  options: { readonly isSingle?: boolean } = {},
): Promise<CoverageReport> {
  // A usage error is reported before any input is read or analysed.
  const language = flags.lang ?? 'en'
  if (!/^[a-z]{2,3}$/.test(language)) throw new AppError('invalid_input', `--lang must be a language code such as en, uk, ru, pl (got "${language}")`)
  const briefWords = parseBriefWords(flags.briefWords)
  const outletRegistry = await loadOutletRegistry(flags.outlets)
  const { analyzed, skipped } = await loadArticles(inputs, { ...readOptionsFrom(flags), ...(outletRegistry ? { outletRegistry } : {}) })
  process.stderr.write(describeSkipped(skipped))
  if (analyzed.length === 0) {
    // Exit 1, not 2 (usage): the command was right, the inputs were not articles (README, CLI reference).
    throw new AppError('not_found', nothingAnalysed(skipped))
  }
  // A feed, WARC or JSON Lines file given to analyze may hold several articles: say so rather than compare them.
  if (options.isSingle && analyzed.length > 1) {
    throw new AppError('invalid_input', `analyze reads one article and ${inputs[0]} holds ${analyzed.length}: use \`parallax compare ${inputs[0]}\``)
  }
  if (analyzed.length === 1 && !options.isSingle) {
    process.stderr.write('parallax: only one article could be analysed; the report shows it alone (compare needs two or more)\n')
  }
  const report = compareCoverage(analyzed, { language, ...(outletRegistry ? { outletRegistry } : {}), ...(briefWords ? { briefWords } : {}) })
  return { ...report, skipped: skipped.map((s) => ({ source: s.source, reason: s.reason, message: s.message })) }
}
