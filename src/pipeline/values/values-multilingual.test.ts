import { describe, expect, test } from 'vitest'
import { DATE_GRAMMARS } from './date-grammar.js'
import { estimatePublishedAt, findDates, findNumbers, isConsistentNumber, type NumberMention } from './index.js'

const REF = '2024-12-10'

describe('dates in their language', () => {
  test.each([
    // day and month (genitive after a day; German and Czech write the day with a full stop)
    ['ru', 'Встреча прошла 6 декабря в Минске.', '6 декабря', '2024-12-06'],
    ['uk', 'Зустріч відбулася 6 грудня в Мінську.', '6 грудня', '2024-12-06'],
    ['be', 'Сустрэча адбылася 6 снежня ў Мінску.', '6 снежня', '2024-12-06'],
    ['pl', 'Spotkanie odbyło się 6 grudnia w Mińsku.', '6 grudnia', '2024-12-06'],
    ['cs', 'Schůzka se konala 6. prosince v Minsku.', '6. prosince', '2024-12-06'],
    ['de', 'Das Treffen fand am 6. Dezember in Minsk statt.', '6. Dezember', '2024-12-06'],
    ['ru', 'Это случилось 6 декабря 2024 года.', '6 декабря 2024 года', '2024-12-06'],
    ['uk', 'Це сталося 6 грудня 2024 р. у Києві.', '6 грудня 2024 р.', '2024-12-06'],
    ['ru', 'Указ подписан 31 Марта 2024 года.', '31 Марта 2024 года', '2024-03-31'],
    ['uk', 'Зранку 24-го лютого вона зателефонувала.', '24-го лютого', '2025-02-24'],
    ['ru', 'Письмо пришло 6 дек. 2024 г.', '6 дек. 2024 г.', '2024-12-06'],
    ['uk', 'Саміт пройде 9-10 лютого в Брюсселі.', '9-10 лютого', '2025-02-09'],
    ['ru', 'Саммит прошёл с 9 по 10 декабря.', '9 по 10 декабря', '2024-12-09'],
    ['de', 'Der Gipfel tagte vom 9. bis 10. Dezember.', '9. bis 10. Dezember', '2024-12-09'],
    ['ru', 'С 10 января прошлого года начали вторую дозу.', '10 января прошлого года', '2023-01-10'],
    // numeric dates are dates, not numbers
    ['ru', 'Документ от 14.02.2021 опубликован.', '14.02.2021', '2021-02-14'],
    ['cs', 'Zákon platí od 6. 12. 2024 pro všechny.', '6. 12. 2024', '2024-12-06'],
    ['de', 'Stand: 06.12.2024, 14 Uhr.', '06.12.2024', '2024-12-06'],
    // month and year (locative "в декабре", "w grudniu", "im Dezember"; the preposition stays out, as in English)
    ['ru', 'Это было в декабре 2024 года.', 'декабре 2024 года', '2024-12'],
    ['uk', 'Це було у грудні 2024 року.', 'грудні 2024 року', '2024-12'],
    ['pl', 'To było w grudniu 2024 r.', 'grudniu 2024 r.', '2024-12'],
    ['cs', 'Bylo to v prosinci 2024.', 'prosinci 2024', '2024-12'],
    ['de', 'Das war im Dezember 2024.', 'Dezember 2024', '2024-12'],
    ['pl', 'Od stycznia 2025 roku obowiązuje.', 'stycznia 2025 roku', '2025-01'],
    ['ru', 'Это было в декабре прошлого года.', 'декабре прошлого года', '2023-12'],
    // years with their words and prepositions
    ['ru', 'Путин обещал выполнить эту просьбу в 2025 году.', 'в 2025 году', '2025'],
    ['uk', 'Путін обіцяв виконати це прохання у 2025 році.', 'у 2025 році', '2025'],
    ['pl', 'Putin obiecał spełnić tę prośbę w 2025 r.', 'w 2025 r.', '2025'],
    ['pl', 'Putin obiecał to zrobić w roku 2025.', 'w roku 2025', '2025'],
    ['cs', 'Putin slíbil splnit tuto žádost v roce 2025.', 'v roce 2025', '2025'],
    ['de', 'Putin versprach, die Bitte im Jahr 2025 zu erfüllen.', 'im Jahr 2025', '2025'],
    ['be', 'Пуцін паабяцаў выканаць просьбу ў 2025 годзе.', 'ў 2025 годзе', '2025'],
    ['de', 'Seit 2020 wächst die Zahl.', 'Seit 2020', '2020'],
    ['ru', 'Последний год его жизни — 1925-й — был плодотворным.', '1925-й', '1925'],
    ['ru', 'Перепись прошла в 1897 году.', 'в 1897 году', '1897'],
    ['ru', 'Программа Союзного государства на 2024–2026 годы.', '2024–2026 годы', '2024/2026'],
    // relative years, resolved against the publication date
    ['ru', 'Это станет возможным в следующем году.', 'в следующем году', '2025'],
    ['uk', 'Це стане можливим наступного року.', 'наступного року', '2025'],
    ['pl', 'Stanie się to możliwe w przyszłym roku.', 'w przyszłym roku', '2025'],
    ['cs', 'Bude to možné v příštím roce.', 'v příštím roce', '2025'],
    ['de', 'Das wird im nächsten Jahr möglich sein.', 'im nächsten Jahr', '2025'],
    ['be', 'Гэта стане магчымым у наступным годзе.', 'у наступным годзе', '2025'],
    ['uk', 'Торік ціни зросли.', 'Торік', '2023'],
    ['cs', 'Letos ceny vzrostly.', 'Letos', '2024'],
    ['pl', 'W ubiegłym roku ceny wzrosły.', 'W ubiegłym roku', '2023'],
    ['de', 'Im vergangenen Jahr stiegen die Preise.', 'Im vergangenen Jahr', '2023'],
    ['ru', 'Продажи выросли на 24%, чем годом ранее.', 'годом ранее', '2023'],
    // halves, quarters, thirds
    ['ru', 'Это будет возможно во второй половине следующего года.', 'во второй половине следующего года', '2025-H2'],
    ['uk', 'Це буде можливо у другій половині наступного року.', 'у другій половині наступного року', '2025-H2'],
    ['be', 'Гэта будзе магчыма ў другой палове наступнага года.', 'ў другой палове наступнага года', '2025-H2'],
    ['pl', 'Będzie to możliwe w drugiej połowie przyszłego roku.', 'w drugiej połowie przyszłego roku', '2025-H2'],
    ['cs', 'Bude to možné ve druhé polovině příštího roku.', 've druhé polovině příštího roku', '2025-H2'],
    ['de', 'Das ist in der zweiten Hälfte des nächsten Jahres möglich.', 'in der zweiten Hälfte des nächsten Jahres', '2025-H2'],
    ['pl', 'Wzrost nastąpi w pierwszym półroczu 2025 r.', 'w pierwszym półroczu 2025 r.', '2025-H1'],
    ['ru', 'Поставки начнутся в третьем квартале 2025 года.', 'в третьем квартале 2025 года', '2025-Q3'],
    ['pl', 'Dostawy ruszą w III kwartale 2025 r.', 'w III kwartale 2025 r.', '2025-Q3'],
    ['de', 'Lieferungen beginnen im dritten Quartal 2025.', 'im dritten Quartal 2025', '2025-Q3'],
    ['ru', 'Завод заработает в начале 2026 года.', 'в начале 2026 года', '2026-early'],
    ['uk', 'Завод запрацює наприкінці 2025 року.', 'наприкінці 2025 року', '2025-late'],
    ['pl', 'Fabryka ruszy w połowie 2025 r.', 'w połowie 2025 r.', '2025-mid'],
    ['pl', 'Fabryka ruszy pod koniec 2025 roku.', 'pod koniec 2025 roku', '2025-late'],
    ['cs', 'Továrna začne fungovat koncem roku 2025.', 'koncem roku 2025', '2025-late'],
    ['de', 'Die Fabrik startet Anfang nächsten Jahres.', 'Anfang nächsten Jahres', '2025-early'],
    ['de', 'Die Fabrik startet Ende des Jahres 2025.', 'Ende des Jahres 2025', '2025-late'],
  ])('%s: %s', (lang, text, span, normalized) => {
    const dates = findDates(text, REF, lang)
    expect(dates.map((d) => [d.text, d.normalized])).toEqual([[span, normalized]])
    const [date] = dates
    expect(text.slice(date!.start, date!.end)).toBe(span)
  })

  test('intervals: a day, a half year, a relative year', () => {
    expect(findDates('6 grudnia', REF, 'pl')[0]).toMatchObject({ interval: ['2024-12-06', '2024-12-07'], isDay: true, isRelative: true })
    expect(findDates('6 grudnia 2024 r.', REF, 'pl')[0]).toMatchObject({ isDay: true, isRelative: false })
    expect(findDates('w drugiej połowie przyszłego roku', REF, 'pl')[0]).toMatchObject({ interval: ['2025-07-01', '2026-01-01'], isRelative: true })
    expect(findDates('в следующем году', undefined, 'ru')[0]).toMatchObject({ normalized: 'XXXX', isRelative: true })
    expect(findDates('6 декабря', undefined, 'ru')[0]).toMatchObject({ normalized: 'XXXX-12-06', isDay: false })
  })

  test('one day written in seven languages is one interval', () => {
    const written: [string, string][] = [
      ['en', 'Putin arrived on December 6.'],
      ['uk', 'Путін прибув 6 грудня.'],
      ['ru', 'Путин прибыл 6 декабря.'],
      ['pl', 'Putin przybył 6 grudnia.'],
      ['de', 'Putin kam am 6. Dezember an.'],
      ['cs', 'Putin přijel 6. prosince.'],
      ['be', 'Пуцін прыбыў 6 снежня.'],
    ]
    const intervals = written.map(([lang, text]) => findDates(text, REF, lang).map((d) => d.interval))
    for (const found of intervals) expect(found).toEqual([['2024-12-06', '2024-12-07']])
  })

  test('the second half of next year written in seven languages is one interval', () => {
    const written: [string, string][] = [
      ['en', 'It will be possible in the second half of next year.'],
      ['uk', 'Це стане можливим у другій половині наступного року.'],
      ['ru', 'Это станет возможным во второй половине следующего года.'],
      ['pl', 'Będzie to możliwe w drugiej połowie przyszłego roku.'],
      ['de', 'Es wird in der zweiten Hälfte des nächsten Jahres möglich sein.'],
      ['cs', 'Bude to možné ve druhé polovině příštího roku.'],
      ['be', 'Гэта стане магчымым у другой палове наступнага года.'],
    ]
    for (const [lang, text] of written) expect(findDates(text, '2024-12-06', lang).map((d) => d.normalized)).toEqual(['2025-H2'])
  })

  test.each([
    ['ru', 'На митинг пришли около 2000 человек.'],
    ['uk', 'У листопаді лікарня відтермінувала 1910 виписок.'],
    ['ru', 'В ноябре 1910 человек не получили помощь.'],
    ['pl', 'Zginęło 2000 osób.'],
    ['de', 'Es kamen 2000 Menschen.'],
    ['ru', 'Нью-Йорк 1880-х годов.'],
    ['pl', 'Kupiła 3 tys. akcji za 1999 zł.'],
  ])('%s: a figure that looks like a year but counts something is no date: %s', (lang, text) => {
    expect(findDates(text, REF, lang).filter((d) => /^1[89]|^20/.test(d.normalized))).toEqual([])
  })

  test('grammar words are lower case: the patterns run on a case-folded copy of the text', () => {
    for (const grammar of Object.values(DATE_GRAMMARS)) {
      for (const value of Object.values(grammar).flat()) {
        if (typeof value === 'string') expect(value.replace(/\\p\{[LN]\}/g, '')).toBe(value.replace(/\\p\{[LN]\}/g, '').toLowerCase())
      }
    }
    expect(findDates('ВО ВТОРОЙ ПОЛОВИНЕ СЛЕДУЮЩЕГО ГОДА', REF, 'ru').map((d) => d.normalized)).toEqual(['2025-H2'])
    expect(findNumbers('ПОГИБЛИ 75 ТЫС. ЧЕЛОВЕК', [], 'ru').map((n) => [n.text, n.low, n.unit])).toEqual([['75 ТЫС. ЧЕЛОВЕК', 75_000, 'people']])
    expect(findNumbers('Двадцать человек погибли.', [], 'ru').map((n) => [n.text, n.low, n.unit])).toEqual([['Двадцать человек', 20, 'people']])
  })

  test('German years stand bare; other figures after a month are still counted', () => {
    expect(findDates('2025 wurde das Gesetz geändert.', REF, 'de').map((d) => d.text)).toEqual(['2025'])
    expect(findNumbers('В ноябре 1910 человек не получили помощь.', [], 'ru').map((n) => [n.text, n.unit])).toEqual([['1910 человек', 'people']])
  })

  test('the publication date is estimated from dates in the article language', () => {
    const text = '6 декабря Путин прилетел в Минск. В последний раз он был в Беларуси 23 мая 2024 года.'
    expect(estimatePublishedAt(text, 'ru')).toBe('2024-12-06')
    expect(estimatePublishedAt('Brak dat w tym tekście.', 'pl')).toBeUndefined()
  })
})

describe('numbers in their language', () => {
  const one = (text: string, lang: string): NumberMention => {
    const found = findNumbers(text, findDates(text, REF, lang), lang)
    expect(found).toHaveLength(1)
    return found[0]!
  }

  test.each([
    // scale words
    ['ru', 'Погибли 75 тыс. человек.', '75 тыс. человек', 'quantity', 75_000, 75_000, 'people'],
    ['pl', 'Zginęło 75 tys. osób.', '75 tys. osób', 'quantity', 75_000, 75_000, 'people'],
    ['de', 'Es starben 75 Tsd. Menschen.', '75 Tsd. Menschen', 'quantity', 75_000, 75_000, 'people'],
    ['cs', 'Zemřelo 75 tis. lidí.', '75 tis. lidí', 'quantity', 75_000, 75_000, 'people'],
    ['ru', 'Бюджет составит 1,5 млн.', '1,5 млн', 'number', 1_500_000, 1_500_000, ''],
    ['pl', 'Budżet wyniesie 1,5 mln zł.', '1,5 mln zł', 'money', 1_500_000, 1_500_000, 'zloty'],
    ['de', 'Das kostet 1,5 Mio. Euro.', '1,5 Mio. Euro', 'money', 1_500_000, 1_500_000, 'euro'],
    ['ru', 'Потрачено 2,5 млрд рублей.', '2,5 млрд рублей', 'money', 2_500_000_000, 2_500_000_000, 'rouble'],
    ['pl', 'Wydano 2 mld dolarów.', '2 mld dolarów', 'money', 2e9, 2e9, 'dollar'],
    ['de', 'Ausgegeben wurden 2 Mrd. Dollar.', '2 Mrd. Dollar', 'money', 2e9, 2e9, 'dollar'],
    ['uk', 'Витрачено 3 млрд гривень.', '3 млрд гривень', 'money', 3e9, 3e9, 'hryvnia'],
    ['ru', 'Их было 2,5 тысячи.', '2,5 тысячи', 'number', 2500, 2500, ''],
    // separators: spaces, NBSP, thin space, German dots, decimal commas
    ['ru', 'Беженцев 75 000 человек.', '75 000 человек', 'quantity', 75_000, 75_000, 'people'],
    ['ru', 'Беженцев 75\u00a0000 человек.', '75\u00a0000 человек', 'quantity', 75_000, 75_000, 'people'],
    ['uk', 'Заразилися 6\u2009152\u2009524 людини.', '6\u2009152\u2009524 людини', 'quantity', 6_152_524, 6_152_524, 'people'],
    ['de', 'Es kamen 10.000 Menschen.', '10.000 Menschen', 'quantity', 10_000, 10_000, 'people'],
    ['de', 'Der Preis: 1.234.567,5 Euro.', '1.234.567,5 Euro', 'money', 1_234_567.5, 1_234_567.5, 'euro'],
    ['pl', 'Kurs wyniósł 4,25 zł.', '4,25 zł', 'money', 4.25, 4.25, 'zloty'],
    ['ru', 'Ферстаппен опередил его на 2,256 секунды.', '2,256 секунды', 'quantity', 2.256, 2.256, 'second'],
    ['ru', 'Биткоин вырос с $25,000 в сентябре.', '$25,000', 'money', 25_000, 25_000, 'dollar'],
    ['ru', 'Коэффициент 3.90 на победу.', '3.90', 'number', 3.9, 3.9, ''],
    // units and currencies get the English word; percent is its own kind
    ['ru', 'Войска стоят в 15 км от границы.', '15 км', 'quantity', 15, 15, 'kilometre'],
    ['pl', 'Wojska stoją 15 kilometrów od granicy.', '15 kilometrów', 'quantity', 15, 15, 'kilometre'],
    ['uk', 'Війська стоять за 15 кілометрів від кордону.', '15 кілометрів', 'quantity', 15, 15, 'kilometre'],
    ['de', 'Truppen stehen 15 Kilometer vor der Grenze.', '15 Kilometer', 'quantity', 15, 15, 'kilometre'],
    ['ru', 'Площадь 500 кв. км.', '500 кв. км', 'quantity', 500, 500, 'square kilometre'],
    ['ru', 'Площадь более 500 квадратных метров.', '500 квадратных метров', 'quantity', 500, 500, 'square metre'],
    ['uk', 'Штраф 300 грн за порушення.', '300 грн', 'money', 300, 300, 'hryvnia'],
    ['uk', 'Штраф 300 гривень за порушення.', '300 гривень', 'money', 300, 300, 'hryvnia'],
    ['uk', 'Аванс 77 000 чеських крон щомісяця.', '77 000 чеських крон', 'money', 77_000, 77_000, 'koruna'],
    ['cs', 'Záloha 77 000 Kč měsíčně.', '77 000 Kč', 'money', 77_000, 77_000, 'koruna'],
    ['ru', 'Штраф 3600 евро для непривитых.', '3600 евро', 'money', 3600, 3600, 'euro'],
    ['ru', 'Цены выросли на 30 процентов.', '30 процентов', 'percent', 30, 30, '%'],
    ['ru', 'Цены выросли на 5%.', '5%', 'percent', 5, 5, '%'],
    ['pl', 'Ceny wzrosły o 30 procent.', '30 procent', 'percent', 30, 30, '%'],
    ['uk', 'Ціни зросли на 14,3 %.', '14,3 %', 'percent', 14.3, 14.3, '%'],
    ['de', 'Die Preise stiegen um 30 Prozent.', '30 Prozent', 'percent', 30, 30, '%'],
    ['ru', 'Ему 61 год.', '61 год', 'quantity', 61, 61, 'year'],
    ['ru', 'За 10 месяцев продано больше.', '10 месяцев', 'quantity', 10, 10, 'month'],
    // counted nouns: the language's word, for a bilingual lexicon to map
    ['ru', 'Задержаны 213 пьяных водителей.', '213 пьяных', 'quantity', 213, 213, 'ru:пьяных'],
    ['pl', 'Na granicy stoi 10.000 żołnierzy.', '10.000 żołnierzy', 'quantity', 10_000, 10_000, 'pl:żołnierzy'],
    ['de', 'An der Grenze stehen 175 Soldaten.', '175 Soldaten', 'quantity', 175, 175, 'de:soldaten'],
    ['de', 'Es wurden 15 getötet.', '15', 'number', 15, 15, ''],
    ['uk', 'Кажуть, що «Азову» так тисяч 100 в Україні.', 'тисяч 100', 'number', 100_000, 100_000, ''],
    // number words (with their case forms and collectives) and vague magnitudes
    ['pl', 'Do Mińska przyleciały dwa samoloty.', 'dwa samoloty', 'quantity', 2, 2, 'pl:samoloty'],
    ['pl', 'Zginęły dwie osoby.', 'dwie osoby', 'quantity', 2, 2, 'people'],
    ['ru', 'В Минск прилетели два самолёта.', 'два самолёта', 'quantity', 2, 2, 'ru:самолёта'],
    ['de', 'Nach Minsk flogen zwei Flugzeuge.', 'zwei Flugzeuge', 'quantity', 2, 2, 'de:flugzeuge'],
    ['ru', 'Погибли трое военных.', 'трое военных', 'quantity', 3, 3, 'ru:военных'],
    ['uk', 'Загинули п’ятеро військових.', 'п’ятеро військових', 'quantity', 5, 5, 'uk:військових'],
    ['cs', 'Měli sedm nebo osm dětí.', 'osm dětí', 'quantity', 8, 8, 'cs:dětí'],
    ['ru', 'На улицы вышли более сорока тысяч демонстрантов.', 'сорока тысяч демонстрантов', 'quantity', 40_000, 40_000, 'ru:демонстрантов'],
    ['uk', 'Знайдено тіла близько двох тисяч людей.', 'двох тисяч людей', 'quantity', 2000, 2000, 'people'],
    ['uk', 'Мета — один мільйон.', 'один мільйон', 'number', 1e6, 1e6, ''],
    ['de', 'Das kostet eine Million Euro.', 'eine Million Euro', 'money', 1e6, 1e6, 'euro'],
    ['ru', 'Пострадали десятки людей.', 'десятки людей', 'quantity', 24, 12_000, 'people'],
    ['ru', 'Прогнозируют десятки тысяч смертей.', 'десятки тысяч смертей', 'quantity', 2000, 1_000_000, 'ru:смертей'],
    ['pl', 'Ucierpiały setki ludzi.', 'setki ludzi', 'quantity', 200, 100_000, 'people'],
    ['de', 'Tausende von Menschen flohen.', 'Tausende von Menschen', 'quantity', 2000, 1_000_000, 'people'],
    ['ru', 'Зачем тратить миллиарды долларов?', 'миллиарды долларов', 'money', 2e9, 1e12, 'dollar'],
  ])('%s: %s', (lang, text, span, kind, low, high, unit) => {
    const n = one(text, lang)
    expect([n.text, n.kind, n.low, n.high, n.unit]).toEqual([span, kind, low, high, unit])
    expect(text.slice(n.start, n.end)).toBe(span)
  })

  test.each([
    ['ru', 'Документ от 14.02.2021 опубликован.'],
    ['ru', 'Сообщение поступило в 21.55 мск.'],
    ['ru', 'Матч закончился со счётом 3:2 в 1/4 финала.'],
    ['ru', 'Погиб 15-летний подросток, это 5-й случай.'],
    ['uk', 'Нові варіанти після COVID-19 і Ту-154.'],
    ['ru', 'Трое — это много, один из них ушёл.'],
    ['de', 'Gib acht und zwei auf.'],
    ['pl', 'Mamy 3D i 5G.'],
    ['cs', 'Do poloviny 21. století.'],
    ['de', 'Im 21. Jahrhundert.'],
  ])('%s: not a quantity: %s', (lang, text) => {
    expect(findNumbers(text, [], lang)).toEqual([])
  })

  test('a scale word after a figure belongs to it, not to the next figure', () => {
    expect(findNumbers('Население 5 миллионов 300 человек.', [], 'ru').map((n) => [n.text, n.low])).toEqual([['5 миллионов', 5e6], ['300 человек', 300]])
  })

  test('dates are not numbers', () => {
    const text = 'С 6 декабря 2024 года по 14.02.2025 погибли 12 человек.'
    expect(findNumbers(text, findDates(text, REF, 'ru'), 'ru').map((n) => n.text)).toEqual(['12 человек'])
  })

  test('75 тыс. = 75,000 = 75 000 = 75 tys. = 75 Tsd. = 75 tis.: one value across languages', () => {
    const written: [string | undefined, string][] = [
      [undefined, '75,000 people'], ['en', '75,000 people'], ['ru', '75 тыс. человек'], ['ru', '75 000 человек'], ['uk', '75 тисяч людей'],
      ['be', '75 тыс. чалавек'], ['pl', '75 tys. osób'], ['pl', '75 000 osób'], ['de', '75 Tsd. Menschen'], ['de', '75.000 Menschen'],
      ['cs', '75 tis. lidí'],
    ]
    const values = written.map(([lang, text]) => findNumbers(text, [], lang).map((n) => [n.kind, n.low, n.high, n.unit]))
    for (const v of values) expect(v).toEqual([['quantity', 75_000, 75_000, 'people']])
  })

  test('percent, kilometres, money and vague magnitudes compare equal across languages', () => {
    const same = (written: [string | undefined, string][]): void => {
      const [first, ...rest] = written.map(([lang, text]) => findNumbers(text, [], lang).map((n) => [n.kind, n.low, n.high, n.unit, n.normalized]))
      expect(first).toHaveLength(1)
      for (const v of rest) expect(v).toEqual(first)
    }
    same([[undefined, 'It rose 30 percent'], ['ru', 'вырос на 30 процентов'], ['uk', 'зріс на 30 відсотків'], ['pl', 'wzrósł o 30 procent'], ['cs', 'vzrostl o 30 procent'], ['de', 'stieg um 30 Prozent'], ['be', 'вырас на 30 працэнтаў'], ['de', 'stieg um 30 %']])
    same([[undefined, 'deployed 15 kilometres away'], ['ru', 'в 15 км'], ['uk', 'за 15 кілометрів'], ['pl', '15 kilometrów'], ['cs', '15 kilometrů'], ['de', '15 Kilometer'], ['be', '15 кіламетраў']])
    same([[undefined, 'spent $5 million'], ['ru', 'потратили 5 млн долларов'], ['uk', 'витратили 5 млн доларів'], ['pl', 'wydali 5 mln dolarów'], ['cs', 'utratili 5 mil. dolarů'], ['de', 'gaben 5 Mio. Dollar aus'], ['ru', 'потратили $5 млн']])
    same([[undefined, 'why spend billions of dollars?'], ['ru', 'зачем тратить миллиарды долларов?'], ['pl', 'po co wydawać miliardy dolarów?'], ['de', 'warum Milliarden Dollar ausgeben?']])
  })

  test('rounding across languages is consistent, different tolls conflict', () => {
    const [a] = findNumbers('1,2 млн человек', [], 'ru')
    const [b] = findNumbers('1,190,000 people')
    const [c] = findNumbers('Zginęło 40 osób', [], 'pl')
    const [d] = findNumbers('at least 43 people were killed')
    expect(isConsistentNumber(a!, b!)).toBe(true)
    expect(isConsistentNumber(c!, d!)).toBe(false)
  })

  test('English is read as before, with or without a language', () => {
    const text = 'Troops are deployed 15 kilometres away; 1,500 people fled, $1.375 billion for two schools, billions of dollars, 30 percent.'
    const today = findNumbers(text)
    expect(today.map((n) => [n.text, n.low])).toEqual([
      ['15 kilometres', 15], ['1,500 people', 1500], ['$1.375 billion', 1_375_000_000], ['two schools', 2], ['billions of dollars', 2e9], ['30 percent', 30],
    ])
    for (const lang of ['en', 'und', 'fr', 'constructor', '__proto__']) expect(findNumbers(text, [], lang)).toEqual(today)
    const dated = 'On May 23, 2024, and in the second half of next year.'
    for (const lang of ['en', 'und', '__proto__']) expect(findDates(dated, REF, lang)).toEqual(findDates(dated, REF))
  })

  test('repeated calls give the same result (the compiled patterns keep no state between texts)', () => {
    const text = 'Погибли 75 тыс. человек 6 декабря 2024 года, ещё десятки людей ранены.'
    const first = [findDates(text, REF, 'ru'), findNumbers(text, findDates(text, REF, 'ru'), 'ru')]
    findNumbers('Zginęło 40 osób 6 grudnia.', [], 'pl')
    expect([findDates(text, REF, 'ru'), findNumbers(text, findDates(text, REF, 'ru'), 'ru')]).toEqual(first)
  })
})
