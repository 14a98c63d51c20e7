import { expect, test } from 'vitest'
import { analyzeArticle } from '../analyze-article.js'

test('a quotation after a participle ("…, saying that "…"") is the sentence subject’s, not the object’s before it', () => {
  const content = 'Riots in Athens\n\nA government official downplayed the unrest, saying that "for years there have been strikes without much consequence." Markets fell.'
  const analyzed = analyzeArticle({ source: 'a.txt', format: 'text', content })
  if ('kind' in analyzed) throw new Error(analyzed.message)
  const [quote] = analyzed.quotes
  expect(quote?.speakerSpan && analyzed.article.text.slice(quote.speakerSpan.start, quote.speakerSpan.end)).toBe('A government official')
})
