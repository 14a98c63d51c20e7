import type { Article, Sentence, Token } from '../../model/index.js'
import { splitSentences } from '../segment/index.js'
import { isTitleCaseLine } from '../text/index.js'

// A title-case headline ("Biden Names New Envoy") is read before this much of the body: it takes its words' case
// from how the body writes them (truecaseTitleLines), and the lead is where those words are. Other headlines are
// read alone (the same tokens and tags: the tagger reads each sentence on its own).
const BODY_CONTEXT = 1_000

/**
 * An article's headline as the claims it makes (offsets into `Article.title`), tokens tagged as the body's are, so
 * that each can be aligned with other outlets' sentences: one sentence, or one per predicate when the headline
 * joins two ("Lukashenko highlights NATO threat, seeks missile support from Putin": a comma or a semicolon before
 * a verb). Empty when the title was cut from the lead (no headline) or has no words.
 *
 * @example headlineStatements(article).map((s) => s.text)  // ['Lukashenko highlights NATO threat', 'seeks missile support from Putin']
 */
export function headlineStatements(article: Article): Sentence[] {
  if (article.titleSource.kind === 'lead') return []
  const title = article.title
  if (!/\p{L}/u.test(title)) return []
  const context = isTitleCaseLine(title) ? `\n\n${article.text.slice(0, BODY_CONTEXT)}` : ''
  const tokens = splitSentences(`${title}${context}`)
    .filter((s) => s.end <= title.length)
    .flatMap((s) => s.tokens)
  const parts: Token[][] = [[]]
  for (const [i, token] of tokens.entries()) {
    const joinsPredicates = (token.text === ',' || token.text === ';') && tokens[i + 1]?.pos === 'VERB'
    if (joinsPredicates && words(parts.at(-1)!) >= MIN_PART_WORDS && words(tokens.slice(i + 1)) >= MIN_PART_WORDS) parts.push([])
    else parts.at(-1)!.push(token)
  }
  return parts
    .filter((part) => part.length > 0)
    .map((part) => {
      const [start, end] = [part[0]!.start, part.at(-1)!.end]
      return { start, end, text: title.slice(start, end), paragraph: -1, tokens: part }
    })
}

// Each predicate of a split headline says something on its own: "seeks missile support from Putin".
const MIN_PART_WORDS = 3

function words(tokens: readonly Token[]): number {
  return tokens.filter((t) => /\p{L}/u.test(t.text)).length
}
