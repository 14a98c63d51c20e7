import { describe, expect, test } from 'vitest'
import { parseBrat } from '../../scripts/eval/lib/parse-brat.js'

const text = 'The Post said Clinton left early, a source added.'

describe('parseBrat', () => {
  test('builds relations from T and E lines and ignores workflow tags and notes', () => {
    const ann = [
      'T1\tSource 0 8\tThe Post',
      'T2\tCue 9 13\tsaid',
      'T3\tContent 14 32\tClinton left early',
      'T4\tAttribution 9 13\tsaid',
      'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
      'T5\tDiscard 0 3\tThe',
      '#1\tAnnotatorNotes T3\ta note',
      'T6\tContent 14 32\tClinton left early',
      'T7\tCue 43 48\tadded',
      'T8\tAttribution-no-source 43 48\tadded',
      'E2\tAttribution-no-source:T8 Content:T6 Cue:T7',
    ].join('\n')
    const relations = parseBrat(ann, text)
    expect(relations).toHaveLength(2)
    const [first, second] = relations
    expect(first?.content.fragments).toEqual([{ start: 14, end: 32 }])
    expect(first?.source?.text).toBe('The Post')
    expect(first?.cue?.fragments).toEqual([{ start: 9, end: 13 }])
    expect(second?.source).toBeUndefined()
    expect(second?.cue?.text).toBe('added')
  })

  test('discontinuous spans keep every fragment; Content2 joins the content', () => {
    const ann = [
      'T1\tContent 0 3;14 21\tThe Clinton',
      'T2\tContent 27 32\tearly',
      'T3\tCue 9 13\tsaid',
      'E1\tAttribution:T4 Content:T1 Cue:T3 Content2:T2',
    ].join('\n')
    const [relation] = parseBrat(ann, text)
    expect(relation?.content.fragments).toEqual([
      { start: 0, end: 3 },
      { start: 14, end: 21 },
      { start: 27, end: 32 },
    ])
  })

  test('a relation without content is dropped; continuation lines of multi-line texts are skipped', () => {
    const ann = ['T1\tCue 9 13\tsaid', 'T2\tSource 0 8\tThe', 'Post', 'E1\tAttribution:T3 Cue:T1 Source:T2'].join('\n')
    expect(parseBrat(ann, text)).toEqual([])
  })

  test('code-point offsets become UTF-16 offsets after astral characters', () => {
    // "😀" is one code point but two UTF-16 units: brat's offset 2 ("sa") is JS offset 3.
    const emoji = '😀 said "hi"'
    const [relation] = parseBrat('T1\tContent 7 11\t"hi"\nE1\tAttribution:T2 Content:T1', emoji)
    expect(relation?.content.fragments).toEqual([{ start: 8, end: 12 }])
    expect(emoji.slice(8, 12)).toBe('"hi"')
  })
})
