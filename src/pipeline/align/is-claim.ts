import type { Sentence } from '../../model/index.js'
import { SPEECH_VERB_FORMS } from '../text/index.js'

// Subheads are short: "What is the purpose of the meeting between Putin and Lukashenka in Minsk" has 13 words.
const MAX_SUBHEAD_WORDS = 15
// "Lukashenko hypocritically said." — the attribution closing unmarked speech; the speech itself is the claim.
const MAX_ATTRIBUTION_WORDS = 4

/**
 * True for a sentence that states something: not a subhead (a short paragraph without a final full stop) and not
 * a bare attribution ("Lukashenko hypocritically said.").
 */
export function isClaim(sentence: Sentence, paragraph: readonly Sentence[]): boolean {
  const last = paragraph[paragraph.length - 1]
  const words = (s: Sentence): number => s.tokens.filter((t) => /\p{L}/u.test(t.text)).length
  const paragraphWords = paragraph.reduce((sum, s) => sum + words(s), 0)
  if (last && !/[.!?"”»…]$/.test(last.text.trim()) && paragraphWords <= MAX_SUBHEAD_WORDS) return false
  const n = words(sentence)
  return !(n <= MAX_ATTRIBUTION_WORDS && sentence.tokens.some((t) => SPEECH_VERB_FORMS.has(t.norm)))
}
