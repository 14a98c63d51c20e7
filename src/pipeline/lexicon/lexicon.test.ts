import { describe, expect, test } from 'vitest'
import { englishGlosses, isStopword, stemWord, type LexiconLanguage } from './index.js'
import { LEXICON_LANGUAGES } from './language.js'
import { citationStem } from './stem-word.js'
import { lexiconFile } from './lexicon-data.js'

describe('stemWord', () => {
  test.each([
    ['ru', ['ракеты', 'ракетами', 'ракета', 'ракету']],
    ['ru', ['угроза', 'угрозу', 'угрозы', 'угрозой']],
    ['ru', ['размещение', 'размещения', 'размещением']],
    ['ru', ['атаковать', 'атакует', 'атакуют', 'атаковал']],
    ['ru', ['беженец', 'беженцев', 'беженцы']],
    ['uk', ['ракети', 'ракетами', 'ракета']],
    ['uk', ['розміщення', 'розміщувати']],
    ['be', ['ракеты', 'ракетамі', 'ракета']],
    ['pl', ['rakiety', 'rakietami', 'rakieta', 'rakietę']],
    ['pl', ['prezydent', 'prezydenta', 'prezydentem']],
    ['pl', ['czytać', 'czyta', 'czytają', 'czytał']],
    ['cs', ['rakety', 'raketami', 'raketa']],
    ['de', ['Raketen', 'Rakete']],
    ['de', ['Präsident', 'Präsidenten']],
  ] as [LexiconLanguage, string[]][])('%s %j share one stem', (lang, forms) => {
    const stems = new Set(forms.map((w) => stemWord(lang, w)))
    expect([...stems]).toHaveLength(1)
  })

  test.each([
    ['ru', 'совет', 'совет'], // "-ет" is a verb ending only after а/я
    ['ru', 'мир', 'мир'], // short words stay whole
    ['de', 'Zeitung', 'zeitung'], // no "-ung" stripping: Zeitung is not Zeit
    ['ru', 'ракетами', 'ракет'],
  ] as [LexiconLanguage, string, string][])('%s %s → %s', (lang, word, stem) => {
    expect(stemWord(lang, word)).toBe(stem)
  })

  test('different words keep different stems', () => {
    expect(stemWord('ru', 'ракета')).not.toBe(stemWord('ru', 'рака'))
    expect(stemWord('de', 'Zeit')).not.toBe(stemWord('de', 'Zeitung'))
  })
})

describe('citationStem', () => {
  test.each([
    ['ru', 'страна', 'стран'],
    ['ru', 'разместить', 'размест'],
    ['pl', 'rakieta', 'rakiet'],
  ] as [LexiconLanguage, string, string][])('%s %s → %s', (lang, word, stem) => {
    expect(citationStem(lang, word)).toBe(stem)
  })
})

describe('englishGlosses', () => {
  test.each([
    ['ru', 'ракеты', ['missile', 'rocket']],
    ['ru', 'ракетами', ['missile', 'rocket']],
    ['uk', 'ракети', ['missile', 'rocket']],
    ['be', 'ракеты', ['missile', 'rocket']],
    ['pl', 'rakiety', ['missile', 'rocket']],
    ['cs', 'rakety', ['missile', 'rocket']],
    ['de', 'Raketen', ['missile', 'rocket']],
    ['ru', 'размещение', ['deployment', 'deploy', 'placement', 'place']],
    ['uk', 'розміщення', ['deployment', 'deploy', 'placement', 'place']],
    ['pl', 'rozmieszczenie', ['deployment', 'deploy', 'placement', 'place']],
    ['ru', 'президент', ['president']],
    ['pl', 'prezydenta', ['president']],
    ['cs', 'prezidenta', ['president']],
    ['de', 'Präsidenten', ['president']],
    ['ru', 'угроза', ['threat']],
    ['ru', 'угрозу', ['threat']],
    ['uk', 'загрозу', ['threat']],
    ['pl', 'groźby', ['threat']],
    ['de', 'Bedrohung', ['threat']],
    ['ru', 'беженцев', ['refugee']],
    ['ru', 'стране', ['country']], // headword "страна" stored by its citation stem, not the verb-like "стра"
    ['ru', 'автомобили', ['car', 'automobile']], // "-или" read as a verb first, then "-и"
    ['ru', 'января', ['january']],
    ['pl', 'poniedziałek', ['monday']],
    ['de', 'Raketenabwehr', ['defense', 'defence']],
    ['de', 'Bundesregierung', ['government']],
    ['de', 'Raketenabwehrsystem', ['system']],
  ] as [LexiconLanguage, string, string[]][])('%s %s → one of %j', (lang, word, expected) => {
    const glosses = englishGlosses(lang, word)
    expect(glosses.some((g) => expected.includes(g))).toBe(true)
  })

  test.each([
    ['ru', 'ракеты'],
    ['pl', 'prezydenta'],
    ['de', 'Raketen'],
    ['uk', 'загроза'],
  ] as [LexiconLanguage, string][])('%s %s: lower-case single words, at most 5', (lang, word) => {
    const glosses = englishGlosses(lang, word)
    expect(glosses.length).toBeGreaterThan(0)
    expect(glosses.length).toBeLessThanOrEqual(5)
    for (const g of glosses) expect(g).toMatch(/^[a-z][a-z-]*$/)
  })

  test.each([
    ['ru', 'и'],
    ['ru', 'сказал'],
    ['ru', 'года'], // best gloss "year", an English alignment stopword
    ['pl', 'się'],
    ['de', 'der'],
    ['ru', 'кварцблярг'],
    ['pl', 'zzyxqwe'],
    ['de', 'Qwrtzblub'],
    ['cs', 'xyzzy'],
  ] as [LexiconLanguage, string][])('%s %s → []', (lang, word) => {
    expect(englishGlosses(lang, word)).toEqual([])
  })

  test.each([
    ['miesięcy', 'month'], // miesiąc: ą / ę
    ['stołu', 'table'], // stół: ó / o
    ['kabla', 'cable'], // kabel: mobile e
    ['węgla', 'coal'], // węgiel: mobile ie
    ['chóru', 'choir'], // a form with its own entry is not read as another word ("chory", ill)
  ])('pl %s: a vowel that alternates in the stem is looked up as the dictionary form has it (%s)', (word, gloss) => {
    expect(englishGlosses('pl', word)).toContain(gloss)
  })

  test('uk: a superlative in "най-" is read as its comparative', () => {
    expect(englishGlosses('uk', 'найкращий')).toContain('good')
    expect(englishGlosses('uk', 'найгірший')).toContain('bad')
  })
})

describe('isStopword', () => {
  test.each([
    ['ru', 'и'],
    ['ru', 'который'],
    ['ru', 'сказал'],
    ['ru', 'заявила'],
    ['uk', 'що'],
    ['uk', 'заявив'],
    ['be', 'і'],
    ['pl', 'się'],
    ['pl', 'powiedział'],
    ['cs', 'že'],
    ['de', 'der'],
    ['de', 'Die'],
    ['de', 'sagte'],
  ] as [LexiconLanguage, string][])('%s %s is a stopword', (lang, word) => {
    expect(isStopword(lang, word)).toBe(true)
  })

  test.each([
    ['ru', 'ракета'],
    ['uk', 'президент'],
    ['pl', 'rakieta'],
    ['de', 'Rakete'],
  ] as [LexiconLanguage, string][])('%s %s is not', (lang, word) => {
    expect(isStopword(lang, word)).toBe(false)
  })
})

describe('data files', () => {
  test.each(LEXICON_LANGUAGES)('%s: sources named, entries well-formed, under 2 MB', (lang) => {
    const file = lexiconFile(lang)
    expect(file.language).toBe(lang)
    expect(file.sources.length).toBeGreaterThan(0)
    expect(Buffer.byteLength(JSON.stringify(file))).toBeLessThan(2_000_000)
    const entries = file.entries.split('|')
    expect(entries.length).toBeGreaterThan(1000)
    for (const entry of entries.slice(0, 500)) expect(entry).toMatch(/^\S+( [a-z][a-z-]*){1,5}$/)
  })
})
