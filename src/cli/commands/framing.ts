import type { Command } from 'commander'
import type { FramingSpan } from '../../model/index.js'
import type { SentenceBias } from '../../pipeline/framing/index.js'
import { addInputFlags, type InputFlags } from '../input-flags.js'

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
    // The pipeline loads when the command runs, not when it is registered.
    await (await import('./run-framing.js')).runFraming(inputs, flags)
  })
}
