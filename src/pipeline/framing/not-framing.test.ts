import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { createFramingDetector } from './create-framing-detector.js'

// Legal precision, established names and plain event verbs (issue 18): words that accuse nobody.
const cases = readFileSync(new URL('../../../test/fixtures/framing/not-framing.tsv', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '' && !line.startsWith('#'))
  .map((line) => line.split('\t') as [string, string])
const detect = createFramingDetector({ language: 'en' })
const lexiconOnly = createFramingDetector({ language: 'en', model: null, sentences: null, thresholds: null })

test.each(cases)('%s: no span shown on "%s"', (_kind, sentence) => {
  expect(detect(sentence).map((s) => s.text)).toEqual([])
})

test.each(cases.filter(([kind]) => kind !== 'event'))('%s: the lexicon itself does not flag "%s"', (_kind, sentence) => {
  expect(lexiconOnly(sentence).map((s) => s.text)).toEqual([])
})

test('a legal "alleged" is not flagged, but doubt without a charge still is', () => {
  expect(lexiconOnly('He was charged with the alleged assault.')).toEqual([])
  expect(lexiconOnly('Belarus is allegedly very worried about its borders.').map((s) => [s.text, s.technique])).toEqual([['allegedly', 'doubt']])
  expect(lexiconOnly('The terrorist attacks on the city were condemned.').map((s) => s.text)).toEqual(['terrorist'])
})
