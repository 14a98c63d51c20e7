import { describe, expect, test } from 'vitest'
import { analyzeArticle } from '../analyze-article.js'
import { findEntities, loadGazetteer } from '../entities/index.js'
import { splitSentences } from '../segment/index.js'
import { findQuoteMarks } from './find-quote-marks.js'
import { findQuotes } from './find-quotes.js'
import { resolveReferents } from './resolve-referents.js'

/** What a test expects of one quote: its exact content, the words naming its speaker and the name they resolve to. */
interface Expected {
  readonly text: string
  readonly speaker?: string
  /** The resolved name mention, by its surname in any case ("Лукашенк" for Лукашенко/Лукашенка). */
  readonly name?: RegExp
  readonly marked: boolean
}

/** The quotes of a text in `language`, through the real stages (sentences, entities, referents). */
function quotesOf(language: string, text: string): { text: string; speaker: string | undefined; name: string | null; marked: boolean }[] {
  const sentences = splitSentences(text)
  const entities = findEntities(text, sentences, loadGazetteer(), language)
  const referents = resolveReferents(text, sentences, entities.names, entities.descriptors, language)
  return findQuotes(text, sentences, entities.names, referents, language).map((q) => {
    expect(text.slice(q.start, q.end)).toBe(q.text)
    return { text: q.text, speaker: q.speakerSpan ? text.slice(q.speakerSpan.start, q.speakerSpan.end) : undefined, name: q.speakerName, marked: q.marked }
  })
}

/** Every expected quote, in order, and no other. */
function expectQuotes(language: string, text: string, expected: readonly Expected[]): void {
  const found = quotesOf(language, text)
  expect(found.map((q) => q.text)).toEqual(expected.map((e) => e.text))
  for (const [i, e] of expected.entries()) {
    const q = found[i]!
    expect(q.marked, q.text).toBe(e.marked)
    if (e.speaker !== undefined) expect(q.speaker, q.text).toBe(e.speaker)
    if (e.name) expect(q.name ?? '', q.text).toMatch(e.name)
  }
}

describe('quotation marks of other languages', () => {
  const inner = (text: string): string[] => findQuoteMarks(text).map((q) => text.slice(q.inner.start, q.inner.end))
  test.each([
    ['«Мы готовы», — сказал он.', ['Мы готовы']],
    ['«Он назвал это „ответом Западу“ и ушёл», — написал Песков.', ['Он назвал это „ответом Западу“ и ушёл']],
    ['„Jesteśmy gotowi” – powiedział.', ['Jesteśmy gotowi']],
    ['„Jsme připraveni,“ řekl Lukašenko.', ['Jsme připraveni,']],
    ['„Wir sind bereit“, sagte er.', ['Wir sind bereit']],
    ['»Wir greifen niemanden an«, betonte er.', ['Wir greifen niemanden an']],
    ['Er sagte: ›Wir kommen wieder‹ und ging.', ['Wir kommen wieder']],
    ['Putin sagte: ‚Wir werden schützen.‘ Dann ging er.', ['Wir werden schützen.']],
    ['„Er nannte es ‚Verrat‘ und ging“, sagte sie.', ['Er nannte es ‚Verrat‘ und ging']],
    // A lone "»" or "‚" is no quotation: a breadcrumb, a comma-like sign.
    ['Home » News » World', []],
    ['Er kam‚ und ging.', []],
  ])('%s', (text, expected) => {
    expect(inner(text)).toEqual(expected)
  })
})

describe('Russian', () => {
  test('dash attribution after guillemets, "X заявил, что", interrupted speech, according-to, pronoun, dialogue line', () => {
    expectQuotes(
      'ru',
      [
        '«Мы готовы разместить эти ракеты на своей территории», — сказал Лукашенко журналистам в Минске.',
        'Президент Беларуси Александр Лукашенко заявил, что комплексы будут размещены до конца года.',
        '«Мы ни на кого не собираемся нападать, — сказал Лукашенко, — но защищать свою страну будем».',
        'По словам Лукашенко, первые ракеты уже доставлены в Беларусь.',
        'Лукашенко встретился с Путиным в Сочи. Он подчеркнул, что Минск и Москва действуют вместе.',
        '— Это наш ответ на давление Запада, — подчеркнул белорусский лидер.',
      ].join('\n\n'),
      [
        { text: 'Мы готовы разместить эти ракеты на своей территории', speaker: 'Лукашенко', name: /Лукашенк/, marked: true },
        { text: 'что комплексы будут размещены до конца года.', speaker: 'Президент Беларуси Александр Лукашенко', name: /Лукашенк/, marked: false },
        { text: 'Мы ни на кого не собираемся нападать', speaker: 'Лукашенко', name: /Лукашенк/, marked: true },
        { text: 'но защищать свою страну будем', speaker: 'Лукашенко', name: /Лукашенк/, marked: true },
        { text: 'первые ракеты уже доставлены в Беларусь.', speaker: 'Лукашенко', name: /Лукашенк/, marked: false },
        // "Он" goes to the subject Лукашенко, not to Путин after "с".
        { text: 'что Минск и Москва действуют вместе.', speaker: 'Он', name: /Лукашенк/, marked: false },
        // A role phrase with no name after it stands for the person it describes.
        { text: 'Это наш ответ на давление Запада', speaker: 'белорусский лидер', name: /Лукашенк/, marked: true },
      ],
    )
  })

  test('colon speech, a closing attribution, "как заявил X", a participle, a feminine pronoun', () => {
    expectQuotes(
      'ru',
      [
        'Лукашенко заявил: «Мы будем защищать нашу страну до конца».',
        'Ракеты будут размещены в следующем году, — сказал Лукашенко.',
        'Как заявил Лукашенко, переговоры с Киевом пока невозможны.',
        'Лукашенко встретился с Путиным в Сочи, заявив, что союз двух стран крепок как никогда.',
        'Путин встретился с Вероникой Вербицкой в Сочи. Она заявила, что Москва поддержит Минск.',
      ].join('\n\n'),
      [
        { text: 'Мы будем защищать нашу страну до конца', speaker: 'Лукашенко', name: /Лукашенк/, marked: true },
        { text: 'Ракеты будут размещены в следующем году', speaker: 'Лукашенко', name: /Лукашенк/, marked: false },
        { text: 'переговоры с Киевом пока невозможны.', speaker: 'Лукашенко', name: /Лукашенк/, marked: false },
        { text: 'что союз двух стран крепок как никогда.', speaker: 'Лукашенко', name: /Лукашенк/, marked: false },
        { text: 'что Москва поддержит Минск.', speaker: 'Она', name: /Вербицк/, marked: false },
      ],
    )
  })

  test('headline colons, a comma attribution with an apposition after the speaker, a hyphen for a dash', () => {
    expectQuotes(
      'ru',
      [
        'Лукашенко: Беларусь готова разместить российские ракеты.',
        'Лукашенко: «Мы готовы разместить эти ракеты у себя».',
        'Первая партия ракет будет доставлена в конце следующего года, заключил Лукашенко.',
        'Причиной всего является усталость, рассказала врач Анна Павлова, кандидат медицинских наук.',
        '«Мы готовы к переговорам без условий, - сказал пресс-секретарь Кремля Дмитрий Песков, - но не сейчас».',
        // A capitalised word before a colon names no speaker.
        'Важно: ракеты уже в пути.',
      ].join('\n\n'),
      [
        { text: 'Беларусь готова разместить российские ракеты.', speaker: 'Лукашенко', name: /Лукашенк/, marked: false },
        { text: 'Мы готовы разместить эти ракеты у себя', speaker: 'Лукашенко', name: /Лукашенк/, marked: true },
        { text: 'Первая партия ракет будет доставлена в конце следующего года', speaker: 'Лукашенко', name: /Лукашенк/, marked: false },
        { text: 'Причиной всего является усталость', speaker: 'Анна Павлова', name: /Павлов/, marked: false },
        { text: 'Мы готовы к переговорам без условий', speaker: 'пресс-секретарь Кремля Дмитрий Песков', name: /Песков/, marked: true },
      ],
    )
  })

  test('the language comes from the article: analyzeArticle reads a Russian article in Russian', () => {
    const result = analyzeArticle({
      source: 'ru.txt',
      format: 'text',
      content: 'Заголовок статьи\n\nПрезидент Беларуси Александр Лукашенко заявил, что ракеты будут размещены в следующем году. «Мы не собираемся ни на кого нападать», — подчеркнул он.',
    })
    if ('kind' in result) throw new Error(`skipped: ${result.reason}`)
    expect(result.article.language).toBe('ru')
    expect(result.quotes.map((q) => [q.text, q.marked, q.speakerName])).toEqual([
      ['что ракеты будут размещены в следующем году.', false, expect.stringMatching(/Лукашенк/)],
      ['Мы не собираемся ни на кого нападать', true, expect.stringMatching(/Лукашенк/)],
    ])
  })
})

describe('Ukrainian', () => {
  test('dash attribution, "за словами X", "X заявив, що", pronoun, "як заявив X", possessive cue', () => {
    expectQuotes(
      'uk',
      [
        '«Ми не віддамо жодного метра нашої землі», — сказав Зеленський у Києві.',
        'За словами Зеленського, переговори з партнерами тривають.',
        'Президент України Володимир Зеленський заявив, що санкції проти Росії мають бути посилені.',
        'Зеленський зустрівся з Макроном у Парижі. Він наголосив, що Україна потребує більше систем ППО.',
        'Як заявив Зеленський, переговори з Росією поки що неможливі. За його словами, Україна отримає нові системи.',
      ].join('\n\n'),
      [
        { text: 'Ми не віддамо жодного метра нашої землі', speaker: 'Зеленський', name: /Зеленськ/, marked: true },
        { text: 'переговори з партнерами тривають.', speaker: 'Зеленського', name: /Зеленськ/, marked: false },
        { text: 'що санкції проти Росії мають бути посилені.', speaker: 'Президент України Володимир Зеленський', name: /Зеленськ/, marked: false },
        { text: 'що Україна потребує більше систем ППО.', speaker: 'Він', name: /Зеленськ/, marked: false },
        { text: 'переговори з Росією поки що неможливі.', speaker: 'Зеленський', name: /Зеленськ/, marked: false },
        { text: 'Україна отримає нові системи.', speaker: 'його', name: /Зеленськ/, marked: false },
      ],
    )
  })
})

describe('Belarusian', () => {
  test('dash attribution, "па словах X", pronoun with "што"', () => {
    expectQuotes(
      'be',
      [
        '«Мы гатовыя размясціць гэтыя ракеты на сваёй тэрыторыі», — сказаў Лукашэнка журналістам у Мінску.',
        'Па словах Лукашэнкі, ракеты будуць размешчаны ў наступным годзе.',
        'Ён адзначыў, што Беларусь ні на кога не збіраецца нападаць.',
      ].join('\n\n'),
      [
        { text: 'Мы гатовыя размясціць гэтыя ракеты на сваёй тэрыторыі', speaker: 'Лукашэнка', name: /Лукашэнк/, marked: true },
        { text: 'ракеты будуць размешчаны ў наступным годзе.', speaker: 'Лукашэнкі', name: /Лукашэнк/, marked: false },
        { text: 'што Беларусь ні на кога не збіраецца нападаць.', speaker: 'Ён', name: /Лукашэнк/, marked: false },
      ],
    )
  })
})

describe('Polish', () => {
  test('„…” – powiedział X, według X, "X oświadczył, że", jego zdaniem, a role before a name, interrupted speech, ona', () => {
    expectQuotes(
      'pl',
      [
        '„Jesteśmy gotowi przyjąć te rakiety” – powiedział Łukaszenka dziennikarzom w Mińsku.',
        'Według Łukaszenki rakiety zostaną rozmieszczone w przyszłym roku.',
        'Prezydent Białorusi Aleksandr Łukaszenka oświadczył, że Białoruś nie zamierza nikogo atakować. Jego zdaniem sankcje Zachodu nie przyniosły żadnego skutku.',
        'Rzeczniczka MSZ Rosji Maria Zacharowa powiedziała, że Moskwa w pełni popiera Mińsk.',
        '„Jesteśmy gotowi – powiedział Łukaszenka – przyjąć rosyjskie rakiety na naszym terytorium”.',
        'Prezydent Władimir Putin rozmawiał z Anną Kowalską. Ona powiedziała, że Warszawa nie zmieni stanowiska.',
      ].join('\n\n'),
      [
        { text: 'Jesteśmy gotowi przyjąć te rakiety', speaker: 'Łukaszenka', name: /Łukaszenk/, marked: true },
        { text: 'rakiety zostaną rozmieszczone w przyszłym roku.', speaker: 'Łukaszenki', name: /Łukaszenk/, marked: false },
        { text: 'że Białoruś nie zamierza nikogo atakować.', speaker: 'Prezydent Białorusi Aleksandr Łukaszenka', name: /Łukaszenk/, marked: false },
        { text: 'sankcje Zachodu nie przyniosły żadnego skutku.', speaker: 'Jego', name: /Łukaszenk/, marked: false },
        { text: 'że Moskwa w pełni popiera Mińsk.', speaker: 'Rzeczniczka MSZ Rosji Maria Zacharowa', name: /Zacharow/, marked: false },
        // "Jesteśmy gotowi" alone is under four words, like a scare quote.
        { text: 'przyjąć rosyjskie rakiety na naszym terytorium', speaker: 'Łukaszenka', name: /Łukaszenk/, marked: true },
        // "Ona" skips Putin, whose surname is a man's, for Kowalska.
        { text: 'że Warszawa nie zmieni stanowiska.', speaker: 'Ona', name: /Kowalsk/, marked: false },
      ],
    )
  })
})

describe('Czech', () => {
  test('„…,“ řekl X, podle X, "X uvedl, že", podle jeho slov, jak řekl X', () => {
    expectQuotes(
      'cs',
      [
        '„Jsme připraveni ty rakety přijmout,“ řekl Lukašenko novinářům v Minsku.',
        'Podle Lukašenka budou rakety rozmístěny příští rok.',
        'Běloruský prezident Alexandr Lukašenko uvedl, že jeho země nikoho nenapadne. Podle jeho slov se jednání s Kyjevem zatím nekonají. Jak řekl Lukašenko, Minsk nikomu nevyhrožuje.',
      ].join('\n\n'),
      [
        { text: 'Jsme připraveni ty rakety přijmout', speaker: 'Lukašenko', name: /Lukašenk/, marked: true },
        { text: 'budou rakety rozmístěny příští rok.', speaker: 'Lukašenka', name: /Lukašenk/, marked: false },
        { text: 'že jeho země nikoho nenapadne.', speaker: 'Běloruský prezident Alexandr Lukašenko', name: /Lukašenk/, marked: false },
        { text: 'se jednání s Kyjevem zatím nekonají.', speaker: 'jeho', name: /Lukašenk/, marked: false },
        { text: 'Minsk nikomu nevyhrožuje.', speaker: 'Lukašenko', name: /Lukašenk/, marked: false },
      ],
    )
  })
})

describe('German', () => {
  test('„…“, sagte X, "dass", »…«, betonte er, ", so X", "Er sagte, …" without "dass", split quotation', () => {
    expectQuotes(
      'de',
      [
        'Der belarussische Präsident Alexander Lukaschenko traf am Montag Wladimir Putin.',
        '„Wir sind bereit, diese Raketen aufzunehmen“, sagte Lukaschenko am Montag in Minsk.',
        'Lukaschenko erklärte, dass die Raketen im nächsten Jahr stationiert würden. »Wir greifen niemanden an«, betonte er.',
        'Die Raketen dienten nur der Verteidigung, so Lukaschenko.',
        'Er sagte, Russland werde die Systeme noch in diesem Jahr liefern.',
        '„Wir sind bereit“, sagte Putin, „unsere Verbündeten immer zu schützen.“',
      ].join('\n\n'),
      [
        { text: 'Wir sind bereit, diese Raketen aufzunehmen', speaker: 'Lukaschenko', name: /Lukaschenk/, marked: true },
        { text: 'dass die Raketen im nächsten Jahr stationiert würden.', speaker: 'Lukaschenko', name: /Lukaschenk/, marked: false },
        { text: 'Wir greifen niemanden an', speaker: 'er', name: /Lukaschenk/, marked: true },
        { text: 'Die Raketen dienten nur der Verteidigung', speaker: 'Lukaschenko', name: /Lukaschenk/, marked: false },
        { text: 'Russland werde die Systeme noch in diesem Jahr liefern.', speaker: 'Er', name: /Lukaschenk/, marked: false },
        { text: 'unsere Verbündeten immer zu schützen.', speaker: 'Putin', name: /Putin/, marked: true },
      ],
    )
  })

  test('verb second: after an opening phrase the speaker follows the verb, however long its phrase; a cue with no source before the verb yields to it', () => {
    expectQuotes(
      'de',
      [
        'Alexander Lukaschenko traf am Freitag Wladimir Putin in Minsk.',
        'Laut Bericht der Nachrichtenagentur Belta sagte Lukaschenko, die Lage an der Grenze sei gefährlich.',
        'Nach dem Treffen sagte der Sprecher des Kreml Dmitri Peskow, die Gespräche seien gut verlaufen.',
        'Am Abend erklärte Putin, Russland werde helfen.',
        'Putin sagte das Treffen in Moskau ab, weil er krank war.',
      ].join('\n\n'),
      [
        { text: 'die Lage an der Grenze sei gefährlich.', speaker: 'Lukaschenko', name: /Lukaschenk/, marked: false },
        { text: 'die Gespräche seien gut verlaufen.', name: /Peskow/, marked: false },
        { text: 'Russland werde helfen.', speaker: 'Putin', name: /Putin/, marked: false },
      ],
    )
  })
})

describe('an unnamed source after a cue', () => {
  test('"за даними української розвідки," / "według źródeł w rządzie." name the source as written', () => {
    expect(quotesOf('uk', 'За даними української розвідки, дальність ракети становить до 5000 км.')).toEqual([
      { text: 'дальність ракети становить до 5000 км.', speaker: 'української розвідки', name: null, marked: false },
    ])
    expect(quotesOf('pl', 'Rakiety trafią na Białoruś w przyszłym roku, według źródeł w rządzie.').map((q) => q.speaker)).toEqual(['źródeł w rządzie'])
  })
})

describe('what someone asked for, as English "asked Putin to deploy"', () => {
  test('an infinitive or a preposition\'s object after a short listener; nothing without one', () => {
    expect(quotesOf('ru', 'Лукашенко попросил Путина разместить «Орешник» в Беларуси.')).toEqual([
      { text: 'разместить «Орешник» в Беларуси.', speaker: 'Лукашенко', name: 'Лукашенко', marked: false },
    ])
    expect(quotesOf('uk', 'Лукашенко попросив Путіна розмістити ракети в Білорусі.').map((q) => [q.text, q.speaker])).toEqual([['розмістити ракети в Білорусі.', 'Лукашенко']])
    expect(quotesOf('pl', 'Łukaszenka poprosił Putina o rozmieszczenie rakiet na Białorusi.').map((q) => [q.text, q.speaker])).toEqual([['rozmieszczenie rakiet na Białorusi.', 'Łukaszenka']])
    expect(quotesOf('de', 'Lukaschenko bat Putin um die Stationierung der Raketen.').map((q) => [q.text, q.speaker])).toEqual([['die Stationierung der Raketen.', 'Lukaschenko']])
    expect(quotesOf('de', 'Lukaschenko bat Putin, Raketen in Belarus zu stationieren.').map((q) => [q.text, q.speaker])).toEqual([['Raketen in Belarus zu stationieren.', 'Lukaschenko']])
    // "asked for a meeting" in the past, with no infinitive or preposition after it, reports no request's content.
    expect(quotesOf('ru', 'Лукашенко попросил Путина, и тот согласился.')).toEqual([])
  })
})

describe('English stays as it was', () => {
  test('no lexicon: "he said" and dashes are read as before', () => {
    expect(quotesOf('en', '“We are ready to deploy these missiles,” Lukashenko said — and left.').map((q) => q.text)).toEqual(['We are ready to deploy these missiles'])
  })
})

describe('German "according to" an unnamed source, with the clause\'s verb where other languages set a comma', () => {
  test('"Nach Angaben der finnischen Polizei könnte …", "Laut Polizei wurden …": the source, then what it says', () => {
    expect(quotesOf('de', 'Nach Angaben der finnischen Polizei könnte der Anker den Meeresboden beschädigt haben.').map((q) => [q.text, q.speaker])).toEqual([
      ['könnte der Anker den Meeresboden beschädigt haben.', 'der finnischen Polizei'],
    ])
    expect(quotesOf('de', 'Laut Polizei wurden zwei Männer festgenommen.').map((q) => [q.text, q.speaker])).toEqual([['wurden zwei Männer festgenommen.', 'Polizei']])
    // A named body takes its genitive along: the claim starts at the verb.
    expect(quotesOf('de', 'Nach Angaben des Innenministeriums des Landes gibt es keine Verletzten.').map((q) => q.text)).toEqual(['gibt es keine Verletzten.'])
  })
})
