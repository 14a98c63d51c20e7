import { expect, test } from 'vitest'
import { splitSentences } from './index.js'

test.each([
  ['Sen. Warren spoke. Then she left.', 2],
  ['The U.S. economy grew 2.1 percent.', 1],
  ['What is the purpose of the meeting in Minsk\n\nOn December 6, Putin arrived.', 2],
])('%s → %i sentences', (input, count) => {
  expect(splitSentences(input)).toHaveLength(count)
})

test('offsets index the original text, and Ł does not split a word', () => {
  const text = 'Images show Alaksandr Łukaszenka. He spoke in “Minsk”.'
  const sentences = splitSentences(text)
  for (const s of sentences) {
    expect(text.slice(s.start, s.end)).toBe(s.text)
    for (const t of s.tokens) expect(text.slice(t.start, t.end)).toBe(t.text)
  }
  const words = sentences.flatMap((s) => s.tokens.map((t) => t.text))
  expect(words).toContain('Łukaszenka')
  expect(sentences[0]?.tokens.find((t) => t.text === 'Łukaszenka')?.norm).toBe('lukaszenka')
})

test('paragraph index counts blocks separated by blank lines', () => {
  const sentences = splitSentences('One. Two.\n\nThree.')
  expect(sentences.map((s) => s.paragraph)).toEqual([0, 0, 1])
})

test('a headline or dateline line without a final stop is its own sentence, not glued to the lede', () => {
  const text = 'Indian Navy foils pirate attack\n11/30/09 05:40 PM ET\nThe Indian Navy captured 26 pirates on Sunday.'
  const sentences = splitSentences(text)
  expect(sentences.map((s) => s.text)).toEqual(['Indian Navy foils pirate attack', '11/30/09 05:40 PM ET', 'The Indian Navy captured 26 pirates on Sunday.'])
  for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text)
})

test('hard-wrapped prose keeps its sentences across line breaks', () => {
  const text =
    'The minister said on Monday that the talks with the unions would go on\nthrough the week, and that he expected a deal before the holidays began\nin the capital and elsewhere in the country.'
  expect(splitSentences(text)).toHaveLength(1)
})

test('a decimal glued to a word is never cut into two sentences', () => {
  const text = 'An earthquake measuring at least magnitude-5.9 shook southern Iran on Sunday. It was felt in Oman.'
  expect(splitSentences(text).map((s) => s.text)).toEqual(['An earthquake measuring at least magnitude-5.9 shook southern Iran on Sunday.', 'It was felt in Oman.'])
})

test('abbreviations of the other languages end no sentence: a lower-case word or a month after the full stop continues it', () => {
  const split = (text: string) => splitSentences(text).map((s) => s.text)
  expect(split('Сиропы, патока и т. д. Это всё сахар.')).toEqual(['Сиропы, патока и т. д.', 'Это всё сахар.'])
  expect(split('Он родился в 1990 г. в Москве. Потом уехал.')).toEqual(['Он родился в 1990 г. в Москве.', 'Потом уехал.'])
  expect(split('Выделено 5 тыс. руб. на проект. Деньги пришли.')).toEqual(['Выделено 5 тыс. руб. на проект.', 'Деньги пришли.'])
  expect(split('Např. cukr, med atd. To je vše.')).toEqual(['Např. cukr, med atd.', 'To je vše.'])
  expect(split('Der Vertrag wurde am 6. Dezember unterzeichnet. Er gilt ab Januar.')).toEqual(['Der Vertrag wurde am 6. Dezember unterzeichnet.', 'Er gilt ab Januar.'])
  // Before a capital: Cyrillic initials and title or street words continue it; a year's "г." or metres' "м." end it.
  expect(split('Президент В. Зеленський підписав закон. Він набув чинності.')).toEqual(['Президент В. Зеленський підписав закон.', 'Він набув чинності.'])
  expect(split('Они жили на ул. Ленина в Минске. Потом уехали.')).toEqual(['Они жили на ул. Ленина в Минске.', 'Потом уехали.'])
  expect(split('Главнокомандующий ген. Залужный приехал. Было холодно.')).toEqual(['Главнокомандующий ген. Залужный приехал.', 'Было холодно.'])
  expect(split('Он родился в 1990 г. Потом уехал.')).toEqual(['Он родился в 1990 г.', 'Потом уехал.'])
  expect(split('Стена высотой 10 м. Её построили давно.')).toEqual(['Стена высотой 10 м.', 'Её построили давно.'])
  // A brand in camel case may start a sentence.
  expect(split('Then she left. iPhone sales rose.')).toEqual(['Then she left.', 'iPhone sales rose.'])
})

test('a party and state in brackets ends no sentence: "(R-Ky.) to raise", "(D-W. Va.) released"', () => {
  const split = (text: string) => splitSentences(text).map((s) => s.text)
  expect(split('They will accept a proposal by Mitch McConnell (R-Ky.) to raise the limit. It passed.')).toEqual([
    'They will accept a proposal by Mitch McConnell (R-Ky.) to raise the limit.',
    'It passed.',
  ])
  expect(split('The measure, sponsored by Sen. Ed Markey (D-Mass.) and Sen. John Cornyn (R-Texas), passed. Another one.')).toEqual([
    'The measure, sponsored by Sen. Ed Markey (D-Mass.) and Sen. John Cornyn (R-Texas), passed.',
    'Another one.',
  ])
  expect(split('Sen. Joe Manchin (D-W. Va.) released a list. Sen. Joe Manchin (D-W.Va.) released it. Sen. Ron Johnson (R.-Wis.) objected.')).toEqual([
    'Sen. Joe Manchin (D-W. Va.) released a list.',
    'Sen. Joe Manchin (D-W.Va.) released it.',
    'Sen. Ron Johnson (R.-Wis.) objected.',
  ])
  // A stop inside brackets or quotes before a capital still ends the sentence.
  expect(split('He left (it was late.) She stayed. "We will win." They did.')).toEqual(['He left (it was late.)', 'She stayed.', '"We will win."', 'They did.'])
})
