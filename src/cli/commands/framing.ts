import type { Command } from 'commander'
import { AppError, type AnalyzedArticle, type FramingSpan } from '../../model/index.js'
import { createSentenceBiasDetector, scoreFraming, type SentenceBias } from '../../pipeline/framing/index.js'
import { memoizeByKey } from '../../pipeline/memoize.js'
import { addInputFlags, readOptionsFrom, type InputFlags } from '../input-flags.js'
import { describeSkipped, loadArticles, nothingAnalysed } from '../load-articles.js'

/** One input's framing as `parallax framing --json` prints it; offsets index the cleaned article text. */
export interface FramingResult {
  readonly source: string
  /** Summed confidence of the outlet's own-voice spans per 100 words (0 = neutral). */
  readonly score: number
  /** The same for quoted spans (speakers' words the outlet quotes), counted apart. */
  readonly quotedScore: number
  readonly spans: readonly Pick<FramingSpan, 'start' | 'end' | 'text' | 'technique' | 'source' | 'voice' | 'explanation' | 'confidence'>[]
  /**
   * Each sentence with P(its wording takes a side), from the sentence classifier trained on BABE (English
   * only: empty for other languages). A reading aid beside the spans: BABE macro-F1 0.767 on dev (docs/EVAL.md).
   */
  readonly sentences: readonly (SentenceBias & { readonly text: string })[]
}

/** `parallax framing INPUT...`: framing spans and score of each article, analysed alone. */
export function register(program: Command): void {
  const command = program
    .command('framing')
    .description('find framing in each article: labels, loaded words, doubt, loaded attribution, propaganda techniques')
    .argument('<inputs...>', 'article files (text or HTML), directories, URLs, or - for stdin')
    .option('--json', 'print [{ source, score, quotedScore, spans: [{ start, end, text, technique, source, voice, explanation, confidence }], sentences: [{ start, end, text, probability, isBiased }] }]')
  addInputFlags(command).action(async (inputs: string[], flags: InputFlags & { json?: boolean }) => {
    const { analyzed, skipped } = await loadArticles(inputs, readOptionsFrom(flags))
    process.stderr.write(describeSkipped(skipped))
    if (analyzed.length === 0) throw new AppError('invalid_input', nothingAnalysed(skipped))
    const results = analyzed.map(framingResult)
    process.stdout.write(flags.json ? `${JSON.stringify(results, null, 2)}\n` : results.map(formatResult).join('\n'))
  })
}

/** The sentence bias detector for a language, loaded once per process. */
const sentenceBias = memoizeByKey((language: string) => createSentenceBiasDetector({ language }))

function framingResult(analyzed: AnalyzedArticle): FramingResult {
  const { article, framing } = analyzed
  return {
    source: article.source,
    score: scoreFraming(framing, article.text),
    quotedScore: scoreFraming(framing, article.text, 'quoted'),
    spans: framing.map(({ start, end, text, technique, source, voice, explanation, confidence }) => ({ start, end, text, technique, source, voice, explanation, confidence })),
    sentences: sentenceBias(article.language)(article.text).map((s) => ({ ...s, text: article.text.slice(s.start, s.end) })),
  }
}

function formatResult(result: FramingResult): string {
  const biased = result.sentences.filter((s) => s.isBiased)
  const lines = [
    `${result.source}: framing score ${result.score.toFixed(2)} per 100 words in its own voice (quoted ${result.quotedScore.toFixed(2)}), ${result.spans.length} span(s)` +
      (result.sentences.length > 0 ? `; ${biased.length} of ${result.sentences.length} sentences read as taking a side` : ''),
  ]
  for (const span of result.spans) {
    const whose = span.voice.kind === 'outlet' ? '' : ` [quoted: ${span.voice.speaker ?? 'unnamed speaker'}]`
    lines.push(`  ${span.start}-${span.end} ${span.technique} ${span.confidence.toFixed(2)}${whose}  ${span.explanation}`)
  }
  for (const s of biased) lines.push(`  ${s.start}-${s.end} biased sentence p=${s.probability.toFixed(2)}  ${s.text}`)
  return `${lines.join('\n')}\n`
}
