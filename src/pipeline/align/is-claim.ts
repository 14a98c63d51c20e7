import type { Sentence } from '../../model/index.js'
import { MONTHS, SPEECH_VERB_FORMS, WEEKDAYS } from '../text/index.js'
import { pushTo } from '../push-to.js'

// Subheads are short: "What is the purpose of the meeting between Putin and Lukashenka in Minsk" has 13 words.
const MAX_SUBHEAD_WORDS = 15
// "Lukashenko hypocritically said." — the attribution closing unmarked speech; the speech itself is the claim.
const MAX_ATTRIBUTION_WORDS = 4

/**
 * The sentences of an article that state something: not subheads (a short paragraph without a final full stop),
 * not bare attributions ("Lukashenko hypocritically said."), not fragments cut off at a comma, and not datelines
 * ("Friday August 2, 2013 @ 8:13am PDT", "Published August 02, 2013"): every outlet dates its story, which
 * makes no fact they share.
 */
export function claimSentences(sentences: readonly Sentence[]): Set<Sentence> {
  const paragraphs = new Map<number, Sentence[]>()
  for (const s of sentences) pushTo(paragraphs, s.paragraph, s)
  const subheads = new Set<number>()
  for (const [index, paragraph] of paragraphs) {
    const last = paragraph[paragraph.length - 1]!
    const paragraphWords = paragraph.reduce((sum, s) => sum + words(s), 0)
    if (!/[.!?"”»…]$/.test(last.text.trim()) && paragraphWords <= MAX_SUBHEAD_WORDS) subheads.add(index)
  }
  return new Set(sentences.filter((s) => !subheads.has(s.paragraph) && !isBareAttribution(s) && !isFragment(s) && !isDateline(s)))
}

/** A piece cut off mid-sentence ("He finished that game,"): it ends in a comma, a semicolon or a dash. */
function isFragment(sentence: Sentence): boolean {
  return /[,;–—-]$/.test(sentence.text.trim())
}

/** A line of figures, month and weekday names and time-stamp words only, with at least one figure. */
function isDateline(sentence: Sentence): boolean {
  const words = sentence.tokens.filter((t) => /\p{L}/u.test(t.text))
  return sentence.tokens.some((t) => /\d/.test(t.text)) && words.every((t) => DATELINE_WORDS.has(t.norm) || /\d/.test(t.text) || /^\p{Lu}{2,4}$/u.test(t.text))
}

// Besides month and weekday names: what time stamps say around them ("Updated 8:13 am ET", "Posted on Friday at").
const DATELINE_WORDS: ReadonlySet<string> = new Set([
  ...MONTHS, ...WEEKDAYS, ...MONTHS.map((m) => m.slice(0, 3)), 'sept', 'published', 'updated', 'posted', 'last', 'modified',
  'on', 'at', 'am', 'pm', 'a.m', 'p.m', 'a.m.', 'p.m.', 'by', 'of',
])

function isBareAttribution(sentence: Sentence): boolean {
  return words(sentence) <= MAX_ATTRIBUTION_WORDS && sentence.tokens.some((t) => SPEECH_VERB_FORMS.has(t.norm))
}

function words(s: Sentence): number {
  return s.tokens.filter((t) => /\p{L}/u.test(t.text)).length
}
