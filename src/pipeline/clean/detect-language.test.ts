import { expect, test } from 'vitest'
import { detectLanguage } from './detect-language.js'

test.each([
  ['en', 'The president said on Monday that the talks with the union were going well and that he was hopeful.'],
  ['ru', 'Президент заявил, что ситуация на границе очень напряженная и что он не видит выхода из неё.'],
  ['uk', 'Президент заявив, що ситуація на кордоні дуже напружена, і що він не бачить виходу з неї та від нас.'],
  ['pl', 'Prezydent powiedział, że sytuacja na granicy jest bardzo napięta i że nie widzi z niej wyjścia oraz przez to.'],
  ['cs', 'Prezident řekl, že situace na hranici je velmi napjatá a že podle něj se nedá najít žádné řešení.'],
  ['be', 'Прэзідэнт заявіў, што сітуацыя на мяжы вельмі напружаная і што ён не бачыць выхаду, але гэта так.'],
  ['de', 'Der Präsident sagte, dass die Lage an der Grenze sehr angespannt ist und dass er nicht auf eine Lösung hofft.'],
  ['und', 'Minsk Moscow Warsaw'],
  ['und', 'Лукашенко Путин Орешник Минск Москва Варшава Киев'],
])('%s: %s', (language, text) => {
  expect(detectLanguage(text)).toBe(language)
})

test('an English pronoun, initial or name ("I", "O\'Brien") and "per cent" do not make English Polish or Italian', () => {
  expect(detectLanguage('"I do not wish to be present during this witness," he told the court in the county.')).toBe('en')
  expect(detectLanguage("O'Brien's attorney, Jordan Green, declined to comment on the case.")).not.toBe('pl')
  expect(detectLanguage('Car volume fell 8 per cent, while light truck sales rose 2.7 per cent.')).not.toBe('it')
})

test('letters an alphabet lacks decide a short text whose function words two languages share', () => {
  // "в", "у", "до" are Russian and Ukrainian words; ы is no Ukrainian letter, і no Russian one.
  expect(detectLanguage('Бои продолжались в Донецкой области, где украинские военные отразили атаки у Бахмута.')).toBe('ru')
  expect(detectLanguage('Их стоимость будет варьироваться от 6 до 15 рублей за штуку.')).toBe('ru')
  expect(detectLanguage('Бої тривали в Донецькій області, де українські військові відбили атаки біля Бахмута.')).toBe('uk')
  // "na", "to" are Polish and Czech; ř and ě are no Polish letters.
  expect(detectLanguage('Firma to oznámila v noci na středu.')).toBe('cs')
  expect(detectLanguage('Prezydent Łukaszenka poprosił Putina o rozmieszczenie rakiet na terytorium Białorusi.')).toBe('pl')
  // A foreign name's letters do not outweigh an English sentence's function words.
  expect(detectLanguage('Łukaszenka said on Monday that the missiles would be deployed in the west of the country.')).toBe('en')
})
