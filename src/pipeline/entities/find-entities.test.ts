import { expect, test } from 'vitest'
import { splitSentences } from '../segment/index.js'
import { findEntities } from './find-entities.js'
import { loadGazetteer } from './gazetteer.js'

const entities = (text: string) => findEntities(text, splitSentences(text), loadGazetteer(), 'en')

test('a surname after "from" is the person named in full before, not a place; a known place stays one', () => {
  const found = entities('Sen. Joe Manchin released a list. Republicans rejected the proposal from Manchin on Thursday. Troops came from Kentucky.')
  const kinds = found.names.map((n) => `${n.text}: ${n.kind}`)
  expect(kinds).toEqual(expect.arrayContaining(['Joe Manchin: person', 'Manchin: person', 'Kentucky: place']))
})

test('an apposition describes the person named before its comma: "Manchin, the senior senator from West Virginia"', () => {
  const found = entities(
    'Mitch McConnell said Thursday that he hopes all Republicans will oppose the proposal from Joe Manchin, the senior senator from West Virginia, at a press conference.',
  )
  const described = found.descriptors.map((d) => `${d.text} → ${found.names[d.target]!.text}${d.isAlias ? ' (alias)' : ''}`)
  expect(described).toContain('senior senator → Joe Manchin')
  expect(described.some((d) => d.includes('McConnell') && d.includes('senator'))).toBe(false)
})

test('a month\'s abbreviation is no name: "Sept. 11", "Jan. 6", "in Oct."; "Jan" without its full stop may be one', () => {
  const text = 'The attack happened on Sept. 11, 2001, and the trial began Jan. 6. Protests began in Oct. and ended on Nov. 5. Jan Kowalski said so.'
  const names = entities(text).names.map((n) => n.text)
  expect(names.filter((n) => /\b(Sept|Jan|Oct|Nov)\./.test(n))).toEqual([])
  expect(names).toContain('Jan Kowalski')
})

test('a lone function word is no name, with its clitic too: "The", "I\'m", "There"', () => {
  const text = 'Gupta appeared on "The Joe Rogan Experience." He said: "I\'m not sure." "There" was all he added, and "The" was the title\'s first word.'
  const names = entities(text).names.map((n) => n.text)
  expect(names.filter((n) => /^(The|I'm|There)$/.test(n))).toEqual([])
  expect(names).toContain('Gupta')
})

test('a known person\'s surname alone is a person: "the Biden administration", "Zelensky said"', () => {
  const found = entities('A court rejected the Biden administration’s appeal. Later, Zelensky said the talks would go on.')
  expect(found.names.map((n) => `${n.text}: ${n.kind}`)).toEqual(expect.arrayContaining(['Biden: person', 'Zelensky: person']))
})
