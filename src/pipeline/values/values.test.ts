import { describe, expect, test } from 'vitest'
import { estimatePublishedAt, findDates, findNumbers, isConsistentNumber } from './index.js'
import { spanCover } from './span-cover.js'

test.each([
  ['Putin promised to fulfill this request in 2025.', '2024-12-06', 'in 2025', '2025'],
  ['It will be possible in the second half of next year.', '2024-12-06', 'the second half of next year', '2025-H2'],
  ['The last time was on May 23, 2024.', undefined, 'May 23, 2024', '2024-05-23'],
  ['A meeting in Minsk on December 6 with a request', '2024-12-10', 'December 6', '2024-12-06'],
  ['the Union State for 2024-2026.', undefined, '2024-2026', '2024/2026'],
  ['expected in early 2026', undefined, 'early 2026', '2026-early'],
])('%s → %s', (text, reference, span, normalized) => {
  const [date] = findDates(text, reference)
  expect(date?.text).toBe(span)
  expect(date?.normalized).toBe(normalized)
})

test('year-less dates take the latest year the text names when estimating the publication date', () => {
  const text = 'On December 6, Putin arrived. The last time Putin flew to Belarus was on May 23, 2024.'
  expect(estimatePublishedAt(text)).toBe('2024-12-06')
  expect(estimatePublishedAt('No dates here at all.')).toBeUndefined()
  // A bare year is no anchor for a year-less date: it is often a plan ("through 2012" in a 2010 article).
  expect(estimatePublishedAt('Greece faces a May 19 due date. The cuts save money through 2012.')).toBeUndefined()
  // A full date alone is as often a past event as the news: no estimate.
  expect(estimatePublishedAt('The letter names a dean who was killed on the plane that crashed into the Pentagon on Sept. 11, 2001.')).toBeUndefined()
  // A month with a year anchors only a year-less date of that month ("in December 2024" … "on December 6")…
  expect(estimatePublishedAt('Talks began in December 2024. On December 6 the two leaders met in Minsk.')).toBe('2024-12-06')
  // …not one of another month: a cohort or a plan ("born in September 1961").
  expect(estimatePublishedAt('Протесты пройдут 16 февраля. Новый режим касается французов, родившихся в сентябре 1961 года.', 'ru')).toBeUndefined()
  // A deadline is as often ahead of the news as behind it ("until 10 January 2025" in a January 2024 article).
  expect(estimatePublishedAt('Podnikatelé mají čas do středy (10. ledna). Změnu lze ohlásit do 10. ledna 2025.', 'cs')).toBeUndefined()
  // Nor is a deadline the latest news day: "On December 6 … by January 31, 2025" was written in December 2024.
  expect(estimatePublishedAt('On December 6, Putin arrived. He last came on May 23, 2024. Talks must end by January 31, 2025.')).toBe('2024-12-06')
  // A date that is part of a name dates an event, not the news: "the Jan. 6 insurrection", "a Sept. 14 email", "post-Sept. 11".
  expect(estimatePublishedAt('Talks began in January 2021. He incited the Jan. 6 insurrection at the Capitol.')).toBeUndefined()
  expect(estimatePublishedAt('After the Sept. 11, 2012, attack, Nuland said in a Sept. 14 email that she objected.')).toBeUndefined()
  expect(estimatePublishedAt('The Patriot Act, the post-Sept. 11 law, was renewed on Feb. 14, 2011.')).toBeUndefined()
  // An adverbial one still does, beside a naming one.
  expect(estimatePublishedAt('Talks began in January 2021. On Jan. 20 he said the Jan. 6 attack was a disgrace.')).toBe('2021-01-20')
})

test('numbers carry units and ranges; dates are not numbers', () => {
  const text = 'Troops are deployed 15 kilometres from the border; why spend billions of dollars? It rose 30 percent.'
  const found = findNumbers(text)
  expect(found.map((n) => [n.text, n.kind, n.unit])).toEqual([
    ['15 kilometres', 'quantity', 'kilometre'],
    ['billions of dollars', 'money', 'dollar'],
    ['30 percent', 'percent', '%'],
  ])
  const dated = 'On May 23, 2024, 12 people died.'
  expect(findNumbers(dated, findDates(dated)).map((n) => n.text)).toEqual(['12 people'])
})

test('consistency: overlapping ranges and rounding agree; different tolls conflict', () => {
  const [a] = findNumbers('1.2 million people')
  const [b] = findNumbers('1,190,000 people')
  const [c] = findNumbers('12 people')
  const [d] = findNumbers('15 people')
  expect(isConsistentNumber(a!, b!)).toBe(true)
  expect(isConsistentNumber(c!, d!)).toBe(false)
})

test('a number word with a scale word is one figure: "eight thousand rescuers" is 8,000 rescuers', () => {
  expect(findNumbers('more than eight thousand rescuers and three soldiers').map((n) => [n.text, n.low, n.unit])).toEqual([
    ['eight thousand rescuers', 8000, 'rescuer'],
    ['three soldiers', 3, 'soldier'],
  ])
})

describe('English units and currencies have the names the other languages give them', () => {
  const read = (text: string, lang?: string) => findNumbers(text, [], lang).map((n) => [n.kind, n.low, n.unit])

  test.each([
    ['137 kilometers', '137 kilometres', '137 km', '137km', '137 кілометрів', 'uk', 'kilometre'],
    ['3 tons', '3 tonnes', '3 ton', '3 tonne', '3 тонны', 'ru', 'tonne'],
    ['15 inches', '15 inch', '15 inches', '15 inches', '15 дюймов', 'ru', 'inch'],
    ['150 feet', '150 ft', '150 foot', '150 feet', '150 футов', 'ru', 'foot'],
    ['85 miles', '85 mile', '85 miles', '85 miles', '85 mil', 'pl', 'mile'],
    ['610 meters', '610 metres', '610 metre', '610 meter', '610 metrów', 'pl', 'metre'],
    ['5 kilograms', '5 kg', '5 kilos', '5kg', '5 Kilogramm', 'de', 'kilogram'],
    ['5 liters', '5 litres', '5 liter', '5 litre', '5 litrů', 'cs', 'litre'],
    ['5 square kilometers', '5 sq km', '5 sq. km', '5 km²', '5 кв. км', 'ru', 'square kilometre'],
  ])('%s = %s = %s = %s = %s', (a, b, c, d, local, lang, unit) => {
    const expected = [['quantity', Number(a.split(' ')[0]), unit]]
    for (const text of [a, b, c, d]) expect(read(text)).toEqual(expected)
    expect(read(local, lang)).toEqual(expected)
  })

  test.each([
    ['5 million dollars', '$5 million', '5 млн долларов', 'ru', 5e6, 'dollar'],
    ['5 million US dollars', '5 million USD', '5 mln dolarów', 'pl', 5e6, 'dollar'],
    ['2 trillion yuan', '2 trillion yuan', '2 трлн юаней', 'ru', 2e12, 'yuan'],
    ['300 euros', '€300', '300 Euro', 'de', 300, 'euro'],
    ['10,000 hryvnias', '₴10,000', '10 тисяч гривень', 'uk', 10_000, 'hryvnia'],
    ['784 billion rubles', '784 billion roubles', '784 млрд рублей', 'ru', 784e9, 'rouble'],
    ['2 million Belarusian rubles', '2 million rubles', '2 млн белорусских рублей', 'ru', 2e6, 'rouble'],
    ['two million dollars', '$2 million', 'dwa miliony dolarów', 'pl', 2e6, 'dollar'],
  ])('%s = %s = %s: money', (a, b, local, lang, value, unit) => {
    const expected = [['money', value, unit]]
    expect(read(a)).toEqual(expected)
    expect(read(b)).toEqual(expected)
    expect(read(local, lang)).toEqual(expected)
  })

  test('vague magnitudes of any currency are money; spans end at the unit', () => {
    expect(findNumbers('billions of rubles were lost').map((n) => [n.text, n.kind, n.unit])).toEqual([['billions of rubles', 'money', 'rouble']])
    expect(findNumbers('It paid 5 million dollars for it.').map((n) => n.text)).toEqual(['5 million dollars'])
    expect(findNumbers('A 2,000 feet drop.').map((n) => n.text)).toEqual(['2,000 feet'])
  })

  test('names, ordinals, decades, times and compound adjectives are not quantities', () => {
    const text = 'COVID-19 and MiG-29s; the 12th biggest; the 1990s; at 10:50; ref 10/12/21; a 60-year-old; five or six of us.'
    expect(findNumbers(text)).toEqual([])
    expect(findNumbers('at 5 p.m. on Friday').map((n) => [n.text, n.unit])).toEqual([['5', '']])
  })

  test('plural counted nouns keep their stem', () => {
    expect(findNumbers('two witnesses, 15 viruses, 3 boxes, 4 cities and 5 soldiers').map((n) => n.unit)).toEqual(['witness', 'virus', 'box', 'city', 'soldier'])
  })
})

describe('dates with no-break and thin spaces', () => {
  test.each([
    ['April\u00a03', 'April 3'],
    ['3\u00a0April 2024', '3 April 2024'],
    ['3\u202fApril\u00a02024', '3 April 2024'],
    ['May\u200923,\u00a02024', 'May 23, 2024'],
    ['in the second\u00a0half of next\u00a0year', 'in the second half of next year'],
  ])('%j reads as %j', (written, plain) => {
    const a = findDates(`It happened on ${written}.`, '2024-12-06')
    const b = findDates(`It happened on ${plain}.`, '2024-12-06')
    expect(a.map((d) => d.normalized)).toEqual(b.map((d) => d.normalized))
    expect(a.length).toBeGreaterThan(0)
    // The span is the text as written.
    expect(a.map((d) => d.text.replace(/[\u00a0\u2009\u202f]/g, ' '))).toEqual(b.map((d) => d.text))
    expect(a.some((d) => /[\u00a0\u2009\u202f]/.test(d.text))).toBe(true)
    expect(a.map((d) => [d.start, d.end])).toEqual(b.map((d) => [d.start, d.end]))
  })
})

describe('numbers are checked against dates by binary search', () => {
  test('spanCover answers as a scan of every span would', () => {
    let seed = 7
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      return seed % n
    }
    const spans = Array.from({ length: 200 }, () => {
      const start = random(1000)
      return { start, end: start + 1 + random(30) }
    })
    const cover = spanCover(spans)
    for (let i = 0; i < 2000; i++) {
      const start = random(1000)
      const end = start + 1 + random(40)
      expect(cover.overlaps(start, end)).toBe(spans.some((s) => s.start < end && start < s.end))
      expect(cover.contains(start, end)).toBe(spans.some((s) => s.start <= start && end <= s.end))
    }
  })

  test('English findNumbers reads each date once, not once per number', () => {
    const text = 'On May 23, 2024, 12 people died. '.repeat(2000)
    const dates = findDates(text)
    let reads = 0
    const counted = new Proxy(dates, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads++
        return Reflect.get(target, key, receiver)
      },
    })
    const numbers = findNumbers(text, counted)
    expect(numbers).toHaveLength(2000)
    expect(numbers.every((n) => n.text === '12 people')).toBe(true)
    expect(reads).toBeLessThanOrEqual(2 * dates.length)
  })
})
