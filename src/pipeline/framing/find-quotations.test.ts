import { expect, test } from 'vitest'
import { findQuotations } from './find-quotations.js'

test.each([
  ['He said “no” twice.', ['“no”']],
  ['"We believe it is a greater threat," he stated.', ['"We believe it is a greater threat,"']],
  ['Mówił „to zagrożenie” i „spokój“.', ['„to zagrożenie”', '„spokój“']],
  ['Il a dit « non ».', ['« non »']],
  ['He called NATO "a threat to our grouping.\nNext paragraph "ok"', ['"a threat to our grouping.', '"ok"']],
  ['No quotes here.', []],
])('%s', (text, quoted) => {
  expect(findQuotations(text).map((r) => text.slice(r.start, r.end))).toEqual(quoted)
})
