import { describe, expect, test } from 'vitest'
import { analyzeArticle } from '../analyze-article.js'
import type { AnalyzedArticle } from '../../model/index.js'
import { scoreFraming } from './score-framing.js'

function analyze(text: string): AnalyzedArticle {
  const analyzed = analyzeArticle({ source: 'voice.txt', format: 'text', content: text })
  if (!('article' in analyzed)) throw new Error(analyzed.message)
  return analyzed
}

const LEAD = 'The president spoke at the memorial in Washington on Tuesday afternoon before a crowd of several hundred people.'

describe('whose voice a span is in', () => {
  // The same loaded words, once in the outlet's narration and once quoted from a speaker.
  const own = analyze(`${LEAD}\n\nThe regime massacred protesters, and the dictator cynically added a curfew.\n\nOfficials did not comment.`)
  const quoted = analyze(
    `${LEAD}\n\n“The regime massacred protesters, and the dictator cynically added a curfew,” Joe Biden said.\n\nOfficials did not comment.`,
  )

  test("quoted loaded words do not raise the quoting outlet's score", () => {
    const ownScore = scoreFraming(own.framing, own.article.text)
    expect(ownScore).toBeGreaterThan(0)
    expect(scoreFraming(quoted.framing, quoted.article.text)).toBe(0)
    expect(scoreFraming(quoted.framing, quoted.article.text, 'quoted')).toBeGreaterThan(0)
  })

  test('quoted spans name their speaker and the quote that holds them', () => {
    const spans = quoted.framing.filter((s) => s.text.includes('dictator'))
    expect(spans.length).toBeGreaterThan(0)
    for (const span of spans) {
      expect(span.voice.kind).toBe('quoted')
      if (span.voice.kind !== 'quoted') continue
      expect(span.voice.speaker).toMatch(/Biden/)
      expect(span.voice.quote.start).toBeLessThanOrEqual(span.start)
      expect(span.voice.quote.end).toBeGreaterThanOrEqual(span.end)
    }
    expect(own.framing.every((s) => s.voice.kind === 'outlet')).toBe(true)
  })

  test("indirect speech is the outlet's paraphrase: its wording stays the outlet's", () => {
    const reported = analyze(`${LEAD}\n\nAccording to the minister, the country is allegedly very worried about the border.\n\nOfficials did not comment.`)
    const doubt = reported.framing.find((s) => s.text === 'allegedly')
    expect(doubt?.voice).toEqual({ kind: 'outlet' })
  })
})
