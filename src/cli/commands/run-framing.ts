import { AppError, type AnalyzedArticle } from '../../model/index.js'
import { createSentenceBiasDetector, scoreFraming } from '../../pipeline/framing/index.js'
import { memoizeByKey } from '../../pipeline/memoize.js'
import { readOptionsFrom, type InputFlags } from '../input-flags.js'
import { describeSkipped, loadArticles, nothingAnalysed } from '../load-articles.js'
import type { FramingResult } from './framing.js'

/** `parallax framing INPUT...`: reads and analyses each input, then prints its framing (text or `--json`). */
export async function runFraming(inputs: readonly string[], flags: InputFlags & { json?: boolean }): Promise<void> {
  const { analyzed, skipped } = await loadArticles(inputs, readOptionsFrom(flags))
  process.stderr.write(describeSkipped(skipped))
  if (analyzed.length === 0) throw new AppError('invalid_input', nothingAnalysed(skipped))
  const results = analyzed.map(framingResult)
  process.stdout.write(flags.json ? `${JSON.stringify(results, null, 2)}\n` : results.map(formatResult).join('\n'))
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
