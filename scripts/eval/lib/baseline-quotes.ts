import type { Span } from '../../../src/model/index.js'
import type { PredictedQuote } from './score-quotes.js'
import { wordTokens } from './word-tokens.js'

/**
 * Reference baseline "quotation marks": every run of text in double quotation marks with at least
 * MIN_WORDS words is a quote; the speaker is a capitalised name or pronoun next to a speech verb right
 * after the closing mark (", Smith said") or right before the opening one ("Smith said: "). What a
 * regular expression gets for free, so the pipeline's numbers can be read against it.
 * Example: '“We will win,” Smith said.' → one marked quote, speaker "Smith", verb "said".
 */
export function baselineQuotes(text: string): PredictedQuote[] {
  const quotes: PredictedQuote[] = []
  for (const match of text.matchAll(/[“"„«]([^“”"„«»\n]+)[”"“»]/gu)) {
    const start = match.index
    const end = start + match[0].length
    if (wordTokens(match[1] ?? '').length < MIN_WORDS) continue
    const attribution = speakerAfter(text, end) ?? speakerBefore(text, start)
    quotes.push({
      spans: [{ start, end }],
      marked: true,
      speakerName: attribution && !PRONOUN.test(attribution.speaker) ? attribution.speaker : null,
      ...(attribution ? { verb: attribution.verb, speakerSpans: [attribution.span] } : {}),
    })
  }
  return quotes
}

/** Fewer words in quotation marks are mostly scare quotes and titles (“rigged”, “The Apprentice”). */
const MIN_WORDS = 4

const VERB = String.raw`(said|says|told|added|asked|wrote|explained|noted|argued|continued|declared|insisted)`
const NAME = String.raw`((?:[A-Z][\p{L}'’.-]*\s){0,3}[A-Z][\p{L}'’-]+|he|she|they|I|we)`
const PRONOUN = /^(?:he|she|they|I|we)$/u
const AFTER = new RegExp(String.raw`^\s*(?:${VERB}\s+${NAME}|${NAME}\s+${VERB})\b`, 'u')
const BEFORE = new RegExp(String.raw`\b${NAME}\s+${VERB}[:,]?\s*$`, 'u')

interface Attribution {
  readonly speaker: string
  readonly verb: string
  readonly span: Span
}

function speakerAfter(text: string, end: number): Attribution | undefined {
  const match = AFTER.exec(text.slice(end, end + 80))
  if (!match) return undefined
  const speaker = match[2] ?? match[3] ?? ''
  const start = end + match[0].indexOf(speaker)
  return { speaker, verb: match[1] ?? match[4] ?? '', span: { start, end: start + speaker.length } }
}

function speakerBefore(text: string, start: number): Attribution | undefined {
  const from = Math.max(0, start - 80)
  const match = BEFORE.exec(text.slice(from, start))
  if (!match) return undefined
  const speaker = match[1] ?? ''
  const at = from + match.index
  return { speaker, verb: match[2] ?? '', span: { start: at, end: at + speaker.length } }
}
