/**
 * English words after a figure: measurement units and currencies in their British and American spellings,
 * abbreviations and plurals, each mapped to the unit name number-lexicon.ts gives the other languages
 * ("kilometers", "km" → "kilometre"; "rubles" → "rouble"; "feet" → "foot"), so "15 km" and "15 кілометрів" compare
 * equal. Written from standard usage; forms are spelled `stem(ending,ending,…)` as in number-lexicon.ts.
 * Single letters ("m", "g", "t", "l") are left out: "5m" is five million in news, "5G" a network.
 */
import { expandForms, type ValueWord } from './number-lexicon.js'

const UNITS: Readonly<Record<string, string>> = {
  kilometre: 'km kms kilometre(,s) kilometer(,s)', metre: 'metre(,s) meter(,s)', centimetre: 'cm centimetre(,s) centimeter(,s)',
  millimetre: 'mm millimetre(,s) millimeter(,s)', mile: 'mile(,s)', kilogram: 'kg kgs kilo(,s) kilogram(,s) kilogramme(,s)',
  gram: 'gram(,s) gramme(,s)', tonne: 'tonne(,s) ton(,s)', litre: 'litre(,s) liter(,s)', hectare: 'ha hectare(,s)',
  degree: 'degree(,s)', 'square kilometre': 'km² km2', 'square metre': 'm² m2', 'cubic metre': 'm³ m3',
  year: 'year(,s) yr(,s)', month: 'month(,s)', week: 'week(,s)', day: 'day(,s)', hour: 'hour(,s) hr(,s)',
  minute: 'minute(,s) min(,s)', second: 'second(,s) sec(,s)', people: 'people person(,s)', time: 'time(,s)',
  inch: 'inch(,es)', foot: 'foot feet ft', acre: 'acre(,s)',
}

const CURRENCIES: Readonly<Record<string, string>> = {
  dollar: 'dollar(,s) usd', euro: 'euro(,s) eur', pound: 'pound(,s) gbp', yen: 'yen jpy',
  hryvnia: 'hryvnia(,s) hryvna(,s) hryvnya(,s) uah', rouble: 'rouble(,s) ruble(,s) rub byn',
  zloty: 'zloty(,s) zloties zlotych pln', koruna: 'koruna(,s) korun czk crown(,s)', yuan: 'yuan renminbi rmb cny',
}

/** "square kilometres", "sq km", "cubic metres": the unit after takes the prefix. */
const POWERS: Readonly<Record<string, string>> = { square: 'square sq', cubic: 'cubic cu' }

/** A word after an English figure, or a power prefix ("square"); undefined for any other word. */
export type EnglishUnitWord = ValueWord | { readonly kind: 'power'; readonly prefix: string }

let words: ReadonlyMap<string, EnglishUnitWord> | undefined

/** What `word` (any case, no full stop) means after a figure. */
export function englishUnitWord(word: string): EnglishUnitWord | undefined {
  words ??= build()
  return words.get(word.toLowerCase())
}

function build(): ReadonlyMap<string, EnglishUnitWord> {
  const out = new Map<string, EnglishUnitWord>()
  const add = (spec: string, value: EnglishUnitWord): void => {
    for (const form of expandForms(spec)) out.set(form, value)
  }
  for (const [unit, spec] of Object.entries(UNITS)) add(spec, { kind: 'unit', unit })
  for (const [unit, spec] of Object.entries(CURRENCIES)) add(spec, { kind: 'currency', unit })
  for (const [prefix, spec] of Object.entries(POWERS)) add(spec, { kind: 'power', prefix })
  return out
}
