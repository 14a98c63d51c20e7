import { expect, test } from 'vitest'
import { splitSentences } from '../segment/index.js'
import { joinBrokenSentences } from './join-broken-sentences.js'

test.each([
  ['Sen. Johnny Isakson (R-Ga.) said he remembers it.', 1],
  ['Rep. Bobby Scott (D-Va.), ranking member of the committee, said he supports it.', 1],
  ['He left. She stayed.', 2],
  ['He left.\n\nand then she stayed.', 2],
])('%s → %i sentences', (text, count) => {
  const joined = joinBrokenSentences(splitSentences(text))
  expect(joined).toHaveLength(count)
  for (const s of joined) expect(text.slice(s.start, s.end)).toBe(s.text)
})
