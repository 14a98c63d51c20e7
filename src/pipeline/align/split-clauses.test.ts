import { expect, test } from 'vitest'
import { splitSentences } from '../segment/index.js'
import { splitClauses } from './split-clauses.js'

test.each([
  ['And he publicly asked Putin to place the missiles in Belarus, because this would calm some minds.', ['And he publicly asked Putin to place the missiles in Belarus,', 'because this would calm some minds.']],
  ['He said it was tense; the troops were close to the border.', ['He said it was tense;', 'the troops were close to the border.']],
  ['He left, because.', ['He left, because.']],
  ['Troops are near, but few.', ['Troops are near, but few.']],
  ['"Not only Poles are stationed there, but NATO forces are gathering," he argued.', ['"Not only Poles are stationed there, but NATO forces are gathering," he argued.']],
])('%s', (input, clauses) => {
  const [sentence] = splitSentences(input)
  const parts = splitClauses(sentence!)
  expect(parts.map((p) => p.text)).toEqual(clauses)
  for (const p of parts) expect(input.slice(p.start, p.end)).toBe(p.text)
})
