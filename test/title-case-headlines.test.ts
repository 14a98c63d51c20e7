// A headline written in title case ("Mayor Jane Okafor To Open New Bridge") is a line of the input that the cleaner
// keeps when no blank line sets it apart: its words must be read as words, not as one long name, so that it aligns
// with the other outlets' statement of the same fact. Articles written for this test.
import { describe, expect, test } from 'vitest'
import { compareTexts } from './compare-texts.js'
import { findEntities, loadGazetteer } from '../src/pipeline/entities/index.js'
import { splitSentences } from '../src/pipeline/segment/index.js'

const A = [
  'Mayor Jane Okafor To Open Riverton Bridge After Three-Year Delay',
  'Mayor Jane Okafor will open the Riverton bridge on Monday, the city council said.',
  'The bridge was due to open three years ago, but the builder went bankrupt.',
].join('\n')
const B = [
  'Riverton gets its bridge at last',
  'The long-delayed Riverton bridge is set to be opened by mayor Okafor on Monday.',
  'Traffic on the old ferry route is expected to fall by half.',
].join('\n')


describe('title-case headlines', () => {
  test('names in a title-case headline end where the name ends', () => {
    const names = findEntities(A, splitSentences(A), loadGazetteer(), 'en').names.map((n) => n.text)
    expect(names).toContain('Jane Okafor')
    expect(names.some((n) => /\bTo\b|\bOpen\b/.test(n)), names.join(' | ')).toBe(false)
  })

  test('the headline is tagged as words: its verb is a verb', () => {
    const [headline] = splitSentences(A)
    const open = headline!.tokens.find((t) => t.text === 'Open')
    expect(open?.pos).toBe('VERB')
  })

  test('the headline joins the fact the other outlet reports', () => {
    const report = compareTexts(A, B)
    const shared = report.facts.filter((f) => f.articleIds.length === 2)
    const withHeadline = shared.find((f) => f.spans.some((s) => s.text.startsWith('Mayor Jane Okafor To Open')))
    expect(withHeadline?.spans.map((s) => s.articleId).sort(), JSON.stringify(shared.map((f) => f.spans.map((s) => s.text)))).toContain('a2')
  })
})
