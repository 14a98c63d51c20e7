import { describe, expect, test } from 'vitest'
import { splitSentences } from '../segment/index.js'
import { claimSentences } from './is-claim.js'

const claimsOf = (text: string): string[] => {
  const sentences = splitSentences(text)
  const claims = claimSentences(sentences)
  return sentences.filter((s) => claims.has(s)).map((s) => s.text.trim())
}

describe('claimSentences', () => {
  test.each([
    'Friday August 2, 2013 @ 8:13am PDT',
    'Published August 02, 2013',
    '8:13 AM PDT 8/2/2013',
    'Updated on Monday at 10:40 am ET',
  ])('a dateline is not a claim: %s', (dateline) => {
    expect(claimsOf(`Ellen DeGeneres to host the Oscars\n${dateline}\nEllen DeGeneres will host the Oscars next year, the Academy said.`)).toEqual([
      'Ellen DeGeneres to host the Oscars',
      'Ellen DeGeneres will host the Oscars next year, the Academy said.',
    ])
  })

  test('sentences that state a date are claims', () => {
    expect(claimsOf('The ceremony will take place on March 2, 2014.\nOn Friday, August 2, the Academy made the announcement.')).toHaveLength(2)
  })

  test('subheads, bare attributions and fragments are not claims', () => {
    expect(claimsOf('What the meeting was about\n\nThe meeting lasted two hours. Lukashenko hypocritically said.\n\nHe finished that game,')).toEqual([
      'The meeting lasted two hours.',
    ])
  })
})
