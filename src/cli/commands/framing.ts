import type { Command } from 'commander'
import { AppError, type AnalyzedArticle, type FramingSpan } from '../../model/index.js'
import { scoreFraming } from '../../pipeline/framing/index.js'
import { addInputFlags, readOptionsFrom, type InputFlags } from '../input-flags.js'
import { describeSkipped, loadArticles } from '../load-articles.js'

/** One input's framing as `parallax framing --json` prints it; offsets index the cleaned article text. */
export interface FramingResult {
  readonly source: string
  /** Summed span confidence per 100 words (0 = neutral). */
  readonly score: number
  readonly spans: readonly Pick<FramingSpan, 'start' | 'end' | 'text' | 'technique' | 'explanation' | 'confidence'>[]
}

/** `parallax framing INPUT...`: framing spans and score of each article, analysed alone. */
export function register(program: Command): void {
  const command = program
    .command('framing')
    .description('find framing in each article: labels, loaded words, doubt, loaded attribution, propaganda techniques')
    .argument('<inputs...>', 'article files (text or HTML), directories, URLs, or - for stdin')
    .option('--json', 'print [{ source, score, spans: [{ start, end, text, technique, explanation, confidence }] }]')
  addInputFlags(command).action(async (inputs: string[], flags: InputFlags & { json?: boolean }) => {
    const { analyzed, skipped } = await loadArticles(inputs, readOptionsFrom(flags))
    process.stderr.write(describeSkipped(skipped))
    if (analyzed.length === 0) throw new AppError('invalid_input', `nothing could be analysed (${skipped.length} input(s) skipped)`)
    const results = analyzed.map(framingResult)
    process.stdout.write(flags.json ? `${JSON.stringify(results, null, 2)}\n` : results.map(formatResult).join('\n'))
  })
}

function framingResult(analyzed: AnalyzedArticle): FramingResult {
  const { article, framing } = analyzed
  return {
    source: article.source,
    score: scoreFraming(framing, article.text),
    spans: framing.map(({ start, end, text, technique, explanation, confidence }) => ({ start, end, text, technique, explanation, confidence })),
  }
}

function formatResult(result: FramingResult): string {
  const lines = [`${result.source}: framing score ${result.score.toFixed(2)} per 100 words, ${result.spans.length} span(s)`]
  for (const span of result.spans) lines.push(`  ${span.start}-${span.end} ${span.technique} ${span.confidence.toFixed(2)}  ${span.explanation}`)
  return `${lines.join('\n')}\n`
}
