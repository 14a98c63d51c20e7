import { expect, test } from 'vitest'
import { splitSentences } from '../segment/index.js'
import { findNameMentions } from './find-mentions.js'
import { loadGazetteer } from './gazetteer.js'

test('a name never starts with the connector after a sentence-initial word: "As the Ukrinform agency" names "Ukrinform"', () => {
  const text = 'As the Ukrinform agency reported, residents held protests. In the Council of the European Union, ministers met.'
  const names = findNameMentions(text, splitSentences(text), loadGazetteer(), 'en').map((m) => m.text)
  expect(names).toContain('Ukrinform')
  expect(names.some((n) => /^(the|of) /.test(n))).toBe(false)
})

test('a capitalised quantifier opening a quotation is no name: the official, not "Several", said it', () => {
  const text = '"Several crucial minutes were lost," the official said.'
  expect(findNameMentions(text, splitSentences(text), loadGazetteer(), 'en').map((m) => m.text)).toEqual([])
})
