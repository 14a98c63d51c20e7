import type { PredictedMention } from './score-mentions.js'

/**
 * Reference baseline "capitalised runs": every run of capitalised words (joined by "of", "de", "&" or a
 * hyphen, as in "Gulf of Aden") is a name of kind 'other', except a lone function word capitalised because
 * it starts a sentence ("The", "He", "But"). What capitalisation alone gives, to read the pipeline against.
 * Example: 'Police said Hugh Jackman met the Gulf of Aden fleet.' → "Police", "Hugh Jackman", "Gulf of Aden".
 */
export function baselineNames(text: string): PredictedMention[] {
  const mentions: PredictedMention[] = []
  for (const match of text.matchAll(RUN)) {
    const [name] = match
    if (!name.includes(' ') && SENTENCE_WORDS.has(name.toLowerCase())) continue
    mentions.push({ start: match.index, end: match.index + name.length, text: name, kind: 'other' })
  }
  return mentions
}

const WORD = String.raw`\p{Lu}[\p{L}\p{M}'’.]*(?:-\p{L}[\p{L}\p{M}'’.]*)*`
const RUN = new RegExp(String.raw`${WORD}(?:\s(?:(?:of|de|&)\s)?${WORD})*`, 'gu')

/** Words capitalised only because a sentence starts with them. */
const SENTENCE_WORDS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'its', 'their', 'our', 'this', 'that',
  'these', 'those', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'after', 'before', 'when', 'while', 'but', 'and',
  'or', 'so', 'if', 'as', 'there', 'here', 'what', 'who', 'how', 'why', 'no', 'yes', 'one', 'some', 'many', 'most',
])
