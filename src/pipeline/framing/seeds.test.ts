import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { analyzeArticle } from '../analyze-article.js'
import { createFramingDetector } from './create-framing-detector.js'
import { scoreFraming } from './score-framing.js'
import { SENTENCE_SPAN_TAG } from './sentence-technique-spans.js'

// The acceptance pair of ../shared/seeds/EXPECTED.md §7, read from its byte copies in examples/ (a bare clone has no ../shared).
const seeds = new URL('../../../examples/', import.meta.url)
const loaded = readFileSync(new URL('000_ab4b00356de3292d.txt', seeds), 'utf8')
const neutral = readFileSync(new URL('002_5f50d3ae80105f63.txt', seeds), 'utf8')
const detect = createFramingDetector({ language: 'en' })

describe('seed pair (EXPECTED.md §7)', () => {
  const spans = detect(loaded)
  const byText = (text: string) => spans.filter((s) => s.text === text)

  test.each([
    ['Belarusian dictator', 'name-calling', 2],
    ['illegitimate Russian president', 'name-calling', 1],
    ['self-proclaimed president of Belarus', 'name-calling', 1],
    ['Russian dictator', 'name-calling', 1],
    ['illegitimate president of the Russian Federation', 'name-calling', 1],
    ['so-called', 'name-calling', 1],
    ['hypocritically said', 'loaded-attribution', 1],
    ['cynically added', 'loaded-attribution', 1],
    ['allegedly', 'doubt', 1],
    ['peaceful Ukrainian city', 'loaded-language', 1],
  ])('000 flags "%s" as %s (%i×)', (text, technique, count) => {
    const hits = byText(text)
    expect(hits).toHaveLength(count)
    for (const hit of hits) {
      expect(hit.technique).toBe(technique)
      expect(loaded.slice(hit.start, hit.end)).toBe(text)
    }
  })

  test('"so-called" is the label before "Union State", not the name', () => {
    const [hit] = byText('so-called')
    expect(loaded.slice(hit!.end, hit!.end + 12)).toBe(' Union State')
  })

  test('labels never swallow the names they describe', () => {
    // Word-level spans only: a clause span covers a whole sentence's words, names included, by design.
    for (const span of spans.filter((s) => !s.explanation.includes(SENTENCE_SPAN_TAG))) expect(span.text).not.toMatch(/Lukashenko|Putin|Lukashenka/)
  })

  test('002 uses neutral attribution: no span for said / stated / argued / the leader / expressed concern', () => {
    const neutralSpans = detect(neutral)
    for (const word of ['said', 'stated', 'argued', 'leader', 'expressed concern']) {
      expect(neutralSpans.filter((s) => s.text.includes(word))).toEqual([])
    }
  })

  test('002 shows no span in its own narration; 000 no clause technique on plain clauses', () => {
    const analyzed = analyzeArticle({ source: '002.txt', format: 'text', content: neutral })
    if (!('article' in analyzed)) throw new Error(analyzed.message)
    expect(analyzed.framing.filter((s) => s.voice.kind === 'outlet').map((s) => s.text)).toEqual([])
    // "Oleksandr Lukashenko appealed to the" is not repetition, nor "Vladimir Putin to place the Oreshnyk…" flag-waving.
    expect(spans.filter((s) => s.technique === 'repetition' || s.technique === 'flag-waving')).toEqual([])
    expect(spans.filter((s) => /Lukashenko|Putin/.test(s.text))).toEqual([])
  })

  test('000 scores clearly loaded, 002 close to neutral', () => {
    const loadedScore = scoreFraming(spans, loaded)
    const neutralScore = scoreFraming(detect(neutral), neutral)
    // 000 carries about a dozen labels in ~480 words (≈ 2 per 100 words) at calibrated confidences near 0.5
    // (the share annotators mark on dev: lexicon-calibration.ts); 002 at most one weak hit.
    expect(loadedScore).toBeGreaterThan(0.8)
    expect(neutralScore).toBeLessThan(0.3)
    expect(loadedScore).toBeGreaterThan(5 * neutralScore)
  })
})
