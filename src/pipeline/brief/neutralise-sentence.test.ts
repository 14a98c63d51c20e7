import { describe, expect, test } from 'vitest'
import type { BriefArticle } from './brief-article.js'
import { neutraliseSentence } from './neutralise-sentence.js'

const options = { detectFraming: () => [] }

function article(text: string, speech: BriefArticle['speech']): BriefArticle {
  return { id: 'a1', outlet: 'outlet-a', language: 'en', text, framingScore: 0, framing: [], people: [], sentences: [], descriptors: [], speech }
}

describe('speech in the brief', () => {
  test('narration that quotes, attributed in itself, is written as it stands: never wrapped in a second pair of quotation marks', () => {
    const text = 'In his famous oration of 1852, Frederick Douglass asked, “What to the American slave is your Fourth of July?”'
    // The quotes stage took the sentence for Douglass's unmarked speech (a paragraph of his words around it).
    const written = neutraliseSentence(article(text, [{ start: 0, end: text.length, speaker: 'Frederick Douglass', marked: false }]), { start: 0, end: text.length }, [], new Set(), options)
    expect(written).toEqual({ kind: 'written', text, isAttributed: false })
  })

  test("a speaker's unmarked speech without quotation marks gets its speaker", () => {
    const text = 'We have certain places where we can place these weapons.'
    const written = neutraliseSentence(article(text, [{ start: 0, end: text.length, speaker: 'Alexander Lukashenko', marked: false }]), { start: 0, end: text.length }, [], new Set(), options)
    expect(written).toEqual({ kind: 'written', text: 'Alexander Lukashenko said: “We have certain places where we can place these weapons.”', isAttributed: true })
  })
})

describe('names in the brief', () => {
  test('a full name spelled otherwise takes the brief’s spelling: in full on first mention, by surname after', () => {
    const text = 'Oleksandr Lukashenko appealed to Putin.'
    const people = [{ start: 0, end: 20, canonical: 'Alexander Lukashenko', form: 'name' as const }]
    const withPeople = { ...article(text, []), people }
    const span = { start: 0, end: text.length }
    expect(neutraliseSentence(withPeople, span, [], new Set(), options)).toMatchObject({ text: 'Alexander Lukashenko appealed to Putin.' })
    expect(neutraliseSentence(withPeople, span, [], new Set(['Alexander Lukashenko']), options)).toMatchObject({ text: 'Lukashenko appealed to Putin.' })
  })
})
