import type { Article, Sentence } from '../../model/index.js'
import { splitSentences } from '../segment/index.js'
import { isTitleCaseLine } from '../text/index.js'

// A title-case headline ("Biden Names New Envoy") is read before this much of the body: it takes its words' case
// from how the body writes them (truecaseTitleLines), and the lead is where those words are. Other headlines are
// read alone (the same tokens and tags: the tagger reads each sentence on its own).
const BODY_CONTEXT = 1_000

/**
 * An article's headline as one sentence (offsets into `Article.title`), tokens tagged as the body's are, so that it
 * can be aligned with other outlets' sentences. Undefined when the title was cut from the lead (no headline) or
 * has no words.
 *
 * @example headlineSentence(article)?.text  // 'Lukashenko highlights NATO threat, seeks missile support from Putin'
 */
export function headlineSentence(article: Article): Sentence | undefined {
  if (article.titleSource.kind === 'lead') return undefined
  const title = article.title
  if (!/\p{L}/u.test(title)) return undefined
  const context = isTitleCaseLine(title) ? `\n\n${article.text.slice(0, BODY_CONTEXT)}` : ''
  const tokens = splitSentences(`${title}${context}`)
    .filter((s) => s.end <= title.length)
    .flatMap((s) => s.tokens)
  if (tokens.length === 0) return undefined
  return { start: 0, end: title.length, text: title, paragraph: -1, tokens }
}
