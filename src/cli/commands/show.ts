import type { Command } from 'commander'
import { AppError, type AnalyzedArticle, type CoverageReport, type RawDocument } from '../../model/index.js'
import { analyzeArticle, compareCoverage } from '../../pipeline/index.js'
import type { Store, StoredArticle } from '../../store/index.js'
import { emit } from './compare.js'
import { openExistingStore } from './stories.js'

/** Bump when analyzeArticle's output changes shape or quality: cached analyses of older versions are recomputed. */
export const ANALYZER_VERSION = 'analyzeArticle@1'

interface ShowFlags {
  readonly db?: string
  readonly json?: boolean
  readonly md?: string | boolean
  readonly html?: string | boolean
  readonly color?: boolean
}

/** `parallax show STORY`: the comparison report (as `parallax compare`) of one stored story. */
export function register(program: Command): void {
  program
    .command('show')
    .description('the comparison report of one stored story')
    .argument('<story>', 'story id (or a unique prefix) from `parallax stories`')
    .option('--json', 'print the JSON report (schema/report.schema.json)')
    .option('--md [file]', 'Markdown report to FILE, or to stdout')
    .option('--html [file]', 'self-contained HTML report to FILE, or to stdout')
    .option('--no-color', 'plain terminal output')
    .option('--db <path>', 'database file (default: $PARALLAX_DB or ~/.local/share/parallax/parallax.db)')
    .action(async (storyId: string, flags: ShowFlags) => {
      const store = await openExistingStore(flags.db)
      try {
        const report = await storyReport(store, storyId)
        await emit(report, {
          ...(flags.json ? { json: true } : {}),
          ...(flags.md === undefined ? {} : { md: flags.md === true ? '-' : String(flags.md) }),
          ...(flags.html === undefined ? {} : { html: flags.html === true ? '-' : String(flags.html) }),
          ...(flags.color === false ? { color: false } : {}),
        })
      } finally {
        await store.close()
      }
    })
}

/** Analyses a story's articles (cached per revision in the store) and compares them. */
export async function storyReport(store: Store, storyId: string): Promise<CoverageReport> {
  const story = await store.getStory(storyId)
  if (story === null) throw new AppError('not_found', `no story "${storyId}" (see \`parallax stories\`)`)
  const analyzed: AnalyzedArticle[] = []
  const skipped: { source: string; reason: string; message: string }[] = []
  for (const article of story.articles) {
    const key = { articleId: article.articleId, revision: article.revision, analyzer: ANALYZER_VERSION }
    const cached = await store.getAnalysis(key)
    if (cached !== null) {
      analyzed.push(JSON.parse(cached) as AnalyzedArticle)
      continue
    }
    const result = analyzeArticle(toRawDocument(article), { id: article.articleId, outlet: article.outlet })
    if ('kind' in result) {
      skipped.push({ source: result.source, reason: result.reason, message: result.message })
      continue
    }
    await store.putAnalysis(key, JSON.stringify(result))
    analyzed.push(result)
  }
  if (analyzed.length === 0) throw new AppError('invalid_input', `no article of story ${story.storyId} could be analysed`)
  const report = compareCoverage(analyzed)
  return { ...report, skipped: [...report.skipped, ...skipped] }
}

function toRawDocument(a: StoredArticle): RawDocument {
  return {
    source: a.source,
    format: a.format,
    content: a.content,
    outlet: a.outlet,
    ...(a.url === null ? {} : { url: a.url }),
    ...(a.publishedAt === null ? {} : { publishedAt: a.publishedAt }),
  }
}
