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
