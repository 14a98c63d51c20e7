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

test('a person of a place is the person and the place: "Mitch McConnell of Kentucky"; bodies keep their "of"', () => {
  const text = 'Senate Minority Leader Mitch McConnell of Kentucky said it. Joe Manchin of West Virginia agreed. The Bank of America and the University of Michigan did not.'
  const names = findNameMentions(text, splitSentences(text), loadGazetteer(), 'en').map((m) => `${m.text}: ${m.kind}`)
  expect(names).toEqual(expect.arrayContaining(['Mitch McConnell: person', 'Kentucky: place', 'Joe Manchin: person', 'West Virginia: place']))
  expect(names.map((n) => n.split(':')[0])).toEqual(expect.arrayContaining(['Bank of America', 'University of Michigan']))
})

test('a lone capitalised word opening a sentence is no name when the article writes it in lower case: "Officials said"', () => {
  const text = 'Officials said more tests are planned. Two officials confirmed it. Mark Carney agreed, and he will mark the day.'
  const names = findNameMentions(text, splitSentences(text), loadGazetteer(), 'en').map((m) => m.text)
  expect(names).not.toContain('Officials')
  // A run of names keeps its first word, though "mark" is a word too.
  expect(names).toContain('Mark Carney')
})

test('a role noun alone is a description of people, singular or plural: "Experts warn", "Analysts expect" name no one', () => {
  const text = 'Experts warn that prices will rise. Analysts expect Moscow to respond. Witnesses said the Banks family left. Banks said no. Critics argue it will fail. Supporters disagree.'
  const names = findNameMentions(text, splitSentences(text), loadGazetteer(), 'en').map((m) => `${m.text}: ${m.kind}`)
  expect(names.filter((n) => /^(Experts|Analysts|Witnesses|Critics|Supporters):/.test(n))).toEqual([])
  // A surname that is also a plural noun stays a name: "bank" is no role.
  expect(names).toEqual(expect.arrayContaining(['Moscow: place', 'Banks: person']))
})
