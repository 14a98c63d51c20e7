import type { Sentence } from '../../model/index.js'
import { SPEECH_VERB_FORMS } from '../text/index.js'
import { pushTo } from '../push-to.js'

// Subheads are short: "What is the purpose of the meeting between Putin and Lukashenka in Minsk" has 13 words.
const MAX_SUBHEAD_WORDS = 15
// "Lukashenko hypocritically said." — the attribution closing unmarked speech; the speech itself is the claim.
const MAX_ATTRIBUTION_WORDS = 4

/**
 * The sentences of an article that state something: not subheads (a short paragraph without a final full stop),
 * not bare attributions ("Lukashenko hypocritically said.") and not fragments cut off at a comma.
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
  return new Set(sentences.filter((s) => !subheads.has(s.paragraph) && !isBareAttribution(s) && !isFragment(s)))
}

/** A piece cut off mid-sentence ("He finished that game,"): it ends in a comma, a semicolon or a dash. */
function isFragment(sentence: Sentence): boolean {
  return /[,;–—-]$/.test(sentence.text.trim())
}

function isBareAttribution(sentence: Sentence): boolean {
  return words(sentence) <= MAX_ATTRIBUTION_WORDS && sentence.tokens.some((t) => SPEECH_VERB_FORMS.has(t.norm))
}

function words(s: Sentence): number {
  return s.tokens.filter((t) => /\p{L}/u.test(t.text)).length
}
