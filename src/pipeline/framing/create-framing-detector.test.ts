import { describe, expect, test } from 'vitest'
import { createFramingDetector } from './create-framing-detector.js'
import { calibratedConfidence, fitLexiconCalibration } from './lexicon-calibration.js'
import { LEXICON_CALIBRATION } from './lexicon-calibration-table.js'
import type { FramingSpan } from '../../model/index.js'

const lexiconOnly = createFramingDetector({ language: 'en', model: null, sentences: null })
const full = createFramingDetector({ language: 'en' })
// Every span the sources find, shown or not (the model tests look at what the model finds).
const everySpan = createFramingDetector({ language: 'en', thresholds: null })

function found(spans: readonly FramingSpan[]): [string, string][] {
  return spans.map((s) => [s.text, s.technique])
}

describe('English lexicon rules', () => {
  test.each([
    ['Belarusian dictator Oleksandr Lukashenko spoke.', 'Belarusian dictator', 'name-calling'],
    ['He met the illegitimate Russian president Vladimir Putin.', 'illegitimate Russian president', 'name-calling'],
    ['The self-proclaimed president, Lukashenko, asked.', 'self-proclaimed president', 'name-calling'],
    ['Then the illegitimate president of the Russian Federation, Vladimir Putin, arrived.', 'illegitimate president of the Russian Federation', 'name-calling'],
    ['They met in the so-called Union State.', 'so-called', 'name-calling'],
    ['The so-called experts were wrong.', 'so-called', 'doubt'],
    ['The regime jailed them.', 'regime', 'name-calling'],
    ['Belarus is allegedly very worried.', 'allegedly', 'doubt'],
    ['"Why spend billions?" Lukashenko hypocritically said.', 'hypocritically said', 'loaded-attribution'],
    ['And he cynically added that Russia knows how.', 'cynically added', 'loaded-attribution'],
    ['The minister boasted about the deal.', 'boasted', 'loaded-attribution'],
    ['He begged Putin for missiles.', 'begged', 'loaded-attribution'],
    ['She admitted the plan was late.', 'admitted', 'loaded-attribution'],
    ['He claimed the vote was fair.', 'claimed', 'loaded-attribution'],
    ['The strike on the peaceful Ukrainian city of Dnipro.', 'peaceful Ukrainian city', 'loaded-language'],
    ['It was reportedly agreed.', 'reportedly', 'hedge'],
    ['This is an unprecedented catastrophe.', 'unprecedented', 'exaggeration'],
    ['We must act before it is too late.', 'before it is too late', 'appeal-to-fear'],
    ['Only true patriots stand with us.', 'true patriots', 'flag-waving'],
    ['Enough is enough, they chanted.', 'Enough is enough', 'slogans'],
  ])('%s → "%s" (%s)', (input, text, technique) => {
    expect(found(lexiconOnly(input))).toContainEqual([text, technique])
  })

  test.each([
    ['Lukashenko said the situation was tense.'],
    ['He stated that the border was closed.'],
    ['"It is a threat," he argued.'],
    ['The leader also asked Vladimir Putin to deploy missiles.'],
    ['Alexander Lukashenko expressed concern about the situation.'],
    ['The EU extended its sanctions regime against Minsk.'],
    ['The group claimed responsibility for the attack.'],
    ['The president of Belarus met the Russian president.'],
    ['He is supposed to arrive on Monday.'],
  ])('neutral: %s → no span', (input) => {
    expect(full(input)).toEqual([])
  })

  test('offsets are UTF-16 offsets into the given text and spans do not overlap', () => {
    const text = 'Łukaszenka 😀 — the Russian dictator cynically added, allegedly.'
    const spans = full(text)
    expect(found(spans)).toEqual([
      ['Russian dictator', 'name-calling'],
      ['cynically added', 'loaded-attribution'],
      ['allegedly', 'doubt'],
    ])
    for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text)
  })

  test('spans inside quotation marks are in a quoted voice, one outside in the outlet\'s', () => {
    const spans = lexiconOnly('The dictator spoke. “The dictator lies,” she said.')
    expect(spans.map((s) => s.voice.kind)).toEqual(['outlet', 'quoted', 'quoted'])
    expect(spans[1]!.voice).toEqual({ kind: 'quoted', speaker: null, quote: { start: 20, end: 40 } })
    expect(found(spans)).toEqual([
      ['dictator', 'name-calling'],
      ['dictator', 'name-calling'],
      ['lies', 'loaded-language'],
    ])
  })

  test('a comma ends a title: the name after it is not part of the label', () => {
    expect(found(lexiconOnly('The self-proclaimed president of Belarus, Oleksandr Lukashenko, asked.'))).toEqual([
      ['self-proclaimed president of Belarus', 'name-calling'],
    ])
  })

  test('the explanation names the matched phrase, the lexicon entry and its source', () => {
    const [span] = lexiconOnly('The Russian dictator spoke.')
    expect(span?.explanation).toBe(
      'label: "Russian dictator" — calls a head of state a dictator instead of naming the office [lexicon en.dictator, source: wp-wtw]',
    )
    // The calibrated probability from the committed table, not the 0.9 the lexicon file states.
    expect(span?.confidence).toBe(calibratedConfidence(LEXICON_CALIBRATION, 'en.dictator', 'name-calling', 'full'))
    expect(span?.confidence).not.toBe(0.9)
  })
})

describe('calibrated lexicon confidences', () => {
  const table = fitLexiconCalibration(
    [
      ...Array.from({ length: 30 }, (_, i) => ({ entryId: 'en.dictator', technique: 'name-calling' as const, strength: 'full' as const, right: i < 24 })),
      ...Array.from({ length: 30 }, (_, i) => ({ entryId: 'en.regime', technique: 'name-calling' as const, strength: 'full' as const, right: i < 3 })),
      ...Array.from({ length: 4 }, (_, i) => ({ entryId: 'en.regime', technique: 'name-calling' as const, strength: 'weak' as const, right: i < 4 })),
    ],
    20,
  )
  test('an entry right more often on dev gets a higher probability, shrunk toward its technique', () => {
    const dictator = calibratedConfidence(table, 'en.dictator', 'name-calling', 'full')
    const regime = calibratedConfidence(table, 'en.regime', 'name-calling', 'full')
    expect(dictator).toBeGreaterThan(regime)
    expect(dictator).toBeLessThan(0.8) // 24 of 30, pulled toward the technique's 31 of 64
    expect(regime).toBeGreaterThan(0.1) // 3 of 30, pulled up the same way
  })
  test('another language uses its English counterpart; an unseen entry its technique; a rare strength its entry', () => {
    expect(calibratedConfidence(table, 'uk.dictator', 'name-calling', 'full')).toBe(calibratedConfidence(table, 'en.dictator', 'name-calling', 'full'))
    expect(calibratedConfidence(table, 'en.tyrant', 'name-calling', 'full')).toBeCloseTo(31 / 64, 2)
    const weak = calibratedConfidence(table, 'en.regime', 'name-calling', 'weak')
    expect(weak).toBeGreaterThan(calibratedConfidence(table, 'en.regime', 'name-calling', 'full'))
    expect(weak).toBeLessThan(0.5) // 4 of 4 weigh little against 20 pseudo-spans
  })
  test('repeats in one article weigh as one', () => {
    const once = fitLexiconCalibration([{ entryId: 'en.x', technique: 'loaded-language', strength: 'full', right: true, weight: 1 }], 20)
    const weighted = fitLexiconCalibration(
      Array.from({ length: 5 }, () => ({ entryId: 'en.x', technique: 'loaded-language' as const, strength: 'full' as const, right: true, weight: 0.2 })),
      20,
    )
    expect(weighted.entries['en.x']?.full).toEqual(once.entries['en.x']?.full)
  })
})

describe('seed lexicons for other languages', () => {
  test.each([
    ['uk', 'Білоруський диктатор Олександр Лукашенко цинічно заявив, що нібито хоче миру.', ['Білоруський диктатор', 'цинічно заявив', 'нібито']],
    ['uk', 'Нелегітимний російський президент Путін прибув до Мінська.', ['Нелегітимний російський президент']],
    ['uk', 'Удар по мирному українському місту.', ['мирному українському місту']],
    ['uk', 'Самопроголошений Владислав Іванов заявив.', ['Самопроголошений']],
    ['ru', 'Самопровозглашённый президент Лукашенко лицемерно сказал, что так называемый союз крепок.', ['Самопровозглашённый президент', 'лицемерно сказал', 'так называемый']],
    ['pl', 'Dyktatora Łukaszenkę rzekomo niepokoi sytuacja, cynicznie dodał.', ['Dyktatora', 'rzekomo', 'cynicznie dodał']],
    ['pl', 'Białoruski dyktator spotkał się z rosyjskim dyktatorem.', ['Białoruski dyktator', 'rosyjskim dyktatorem']],
    ['ru', 'Российский диктатор и киевский режим.', ['Российский диктатор', 'киевский режим']],
  ])('%s: %s', (language, input, texts) => {
    const detect = createFramingDetector({ language })
    expect(detect(input).map((s) => s.text)).toEqual(texts)
  })

  test('a language without a lexicon finds nothing rather than applying English rules', () => {
    expect(createFramingDetector({ language: 'de' })('Der Diktator sagte es.')).toEqual([])
  })
})

describe('loaded-word model', () => {
  test('the fast scorer computes exactly the training features (forEachFeature)', async () => {
    const { featureWeight, forEachFeature, loadLoadedWordModel, loadedWordProbability, tokenizeWords } = await import('./index.js')
    const weights = (await import('./weights/loaded-words.en.json', { with: { type: 'json' } })).default
    const model = loadLoadedWordModel(weights)
    // The reference: every weight by its name, straight from the file.
    const byName = new Map(weights.features.map((f, k) => [f, weights.weights[k]!]))
    const text = 'The radical left slammed the bizarre, dishonest plan.\nCritics Called It A Disaster! Absurd claims of a hoax'
    const tokens = tokenizeWords(text)
    for (let i = 0; i < tokens.length; i++) {
      let z = model.bias
      forEachFeature(tokens, i, (f) => {
        z += byName.get(f) ?? 0
        expect(featureWeight(model, f)).toBe(byName.get(f) ?? 0)
      })
      expect(loadedWordProbability(tokens, i, model)).toBeCloseTo(1 / (1 + Math.exp(-z)), 12)
    }
  })

  test('the span scan flags exactly the words whose probability reaches the threshold', async () => {
    const { englishLoadedWordModel, loadedWordProbability, loadedWordSpans } = await import('./loaded-word-model.js')
    const { tokenizeWords } = await import('./tokenize-words.js')
    const { wordCluster } = await import('./word-clusters.js')
    // A low threshold, so that many words in many contexts (sentence starts and ends, pairs) are compared.
    const model = { ...englishLoadedWordModel(), threshold: 0.05 }
    const text = 'Radical leftists slammed the bizarre, dishonest plan.\nCritics mocked the bumbling governor! Absurd claims spread quickly'
    const tokens = tokenizeWords(text)
    const spans = loadedWordSpans(text, tokens, model, new Uint8Array(tokens.length))
    const inSpan = (i: number): boolean => spans.some((s) => s.start <= tokens[i]!.start && tokens[i]!.end <= s.end)
    // Words the model may flag: known to it (here: clustered), not a name inside a sentence, not a function word.
    const comparable = tokens.map((t, i) => i).filter((i) => wordCluster(tokens[i]!.norm) !== undefined && tokens[i]!.norm.length >= 4 && !tokens[i]!.isCapitalized)
    expect(comparable.length).toBeGreaterThan(10)
    for (const i of comparable) expect([tokens[i]!.text, inSpan(i)]).toEqual([tokens[i]!.text, loadedWordProbability(tokens, i, model) >= model.threshold])
    expect(comparable.some(inSpan)).toBe(true)
    expect(comparable.some((i) => !inSpan(i))).toBe(true)
  })

  test('flags loaded words no lexicon lists, and explains them with the model cues', () => {
    const text = 'Critics called the scheme a scathing failure. Pundits mocked the bumbling governor.'
    expect(lexiconOnly(text).map((s) => s.text)).not.toContain('scathing')
    const spans = everySpan(text)
    expect(found(spans)).toEqual(expect.arrayContaining([['scathing', 'loaded-language'], ['bumbling', 'loaded-language']]))
    const scathing = spans.find((s) => s.text === 'scathing')!
    expect(scathing.explanation).toMatch(/^loaded word: "scathing" — a model trained on .* gives p=0\.\d\d; strongest cues: .+ \[model loaded-words\.en\]$/)
    expect(scathing.confidence).toBeGreaterThanOrEqual(0.2)
  })

  test('model confidences are the calibrated raw probability (Platt fit on CV outcomes)', async () => {
    const { calibratedConfidence } = await import('./loaded-word-model.js')
    expect([0.2, 0.5, 0.8].map((p) => Math.round(calibratedConfidence(p) * 100) / 100)).toEqual([0.34, 0.55, 0.74])
    const [span] = everySpan('Pundits mocked the bumbling governor.').filter((s) => s.text === 'bumbling')
    const raw = Number(/gives p=(0\.\d+)/.exec(span!.explanation)![1])
    expect(span!.confidence).toBeCloseTo(calibratedConfidence(raw), 1)
    expect(span!.confidence).toBeGreaterThan(raw)
  })

  test('a word never seen in training is flagged through its meaning cluster', () => {
    expect(everySpan('The senator gave a vituperative speech.').map((s) => s.text)).toEqual(['vituperative'])
  })

  test('shown by default only where the source reaches the precision target on dev: model spans are hidden', () => {
    const text = 'Critics called the scheme a scathing failure. The dictator spoke.'
    expect(everySpan(text).map((s) => s.source)).toEqual(expect.arrayContaining(['word-model', 'lexicon']))
    expect(full(text).map((s) => [s.text, s.source])).toEqual([['dictator', 'lexicon']])
  })

  test.each([
    ['The economy grew 2 percent in the third quarter, officials said.'],
    ['The committee will meet on Tuesday to discuss the budget.'],
    ['Lukashenko said the troops were stationed near the border.'],
  ])('neutral wire copy stays clean with the model on: %s', (text) => {
    expect(everySpan(text)).toEqual([])
  })
})
