import { describe, expect, test } from 'vitest'
import type { Entity } from '../../model/index.js'
import { detectLanguage } from '../clean/detect-language.js'
import { splitSentences } from '../segment/index.js'
import { isSameNameWord } from '../text/index.js'
import { demonymPlace, findEntities, loadGazetteer, mergeEntities, type NameMention } from './index.js'

// One event told four times, as a Russian, a Ukrainian, a Polish and an English outlet would (written for this test).
const ARTICLES = {
  ru: `Президент Беларуси Лукашенко встретился с Путиным в Минске 6 декабря. На заседании Высшего госсовета Лукашенко попросил разместить в Беларуси комплекс «Орешник». Путин ответил, что это возможно во второй половине следующего года. «Мы оцениваем это как еще большую опасность, чем со стороны воюющей Украины», — сказал Лукашенко. Белорусский лидер заявил, что войска Польши и Литвы стоят у границы Беларуси. Пресс-секретарь Кремля Дмитрий Песков сообщил, что решение принято. Лукашенку пообещали ракеты. В мае Лукашенко встречался с Путиным в Москве.`,
  uk: `Самопроголошений президент Білорусі Олександр Лукашенко 6 грудня зустрівся в Мінську з Путіним. Лукашенко попросив розмістити в Білорусі ракетний комплекс «Орешник». Путін відповів, що це можливо у другій половині наступного року. Лукашенко заявив, що війська Польщі та Литви стоять біля кордону Білорусі. За його словами, загроза з боку Польщі більша, ніж з боку України. Зеленський раніше попереджав про загрозу з Білорусі. Лукашенкові пообіцяли ракети вже наступного року.`,
  pl: `Prezydent Białorusi Aleksander Łukaszenka spotkał się 6 grudnia w Mińsku z Władimirem Putinem. Łukaszenka poprosił o rozmieszczenie na Białorusi rakiet Oresznik. Prezydent Rosji Władimir Putin odpowiedział, że będzie to możliwe w drugiej połowie przyszłego roku. Według Łukaszenki wojska Polski i Litwy stoją przy granicy. Łukaszence zależy na ochronie przed Polską. Polacy i Litwini są 15 kilometrów od granicy. Prezydent Polski Andrzej Duda nie skomentował sprawy. Rzecznik Kremla Dmitrij Pieskow dodał, że Ukrainy to nie dotyczy. Wcześniej Łukaszenka był w Moskwie, ale nie w Warszawie.`,
  en: `Belarusian leader Alexander Lukashenko met Russian President Vladimir Putin in Minsk on December 6. Lukashenko asked Putin to station Oreshnik missiles in Belarus. Putin said it would be possible in the second half of next year. "We assess this as an even greater danger than from warring Ukraine," Lukashenko said. He said troops from Poland and Lithuania were near the border. Kremlin spokesman Dmitry Peskov confirmed the decision. Ukrainian President Volodymyr Zelensky warned about the threat.`,
} as const

type Lang = keyof typeof ARTICLES

const gazetteer = loadGazetteer()

function namesOf(lang: Lang): readonly NameMention[] {
  const text = ARTICLES[lang]
  return findEntities(text, splitSentences(text), gazetteer, lang).names
}

function merged(langs: readonly Lang[] = ['ru', 'uk', 'pl', 'en']): Entity[] {
  return mergeEntities(
    langs.map((lang) => {
      const text = ARTICLES[lang]
      const found = findEntities(text, splitSentences(text), gazetteer, lang)
      return { articleId: lang, lang, mentions: found.names, descriptors: found.descriptors, captionNames: [] }
    }),
    gazetteer,
  )
}

describe('name words in their case forms', () => {
  test.each([
    ['Лукашенко', 'ru', 'Лукашенка', 'uk'],
    ['Лукашенко', 'ru', 'Лукашенку', 'ru'],
    ['Łukaszenka', 'pl', 'Łukaszenki', 'pl'],
    ['Łukaszenka', 'pl', 'Łukaszence', 'pl'],
    ['Lukashenko', 'en', 'Łukaszence', 'pl'],
    ['Lukashenka', 'en', 'Лукашенкові', 'uk'],
    ['Lukashenko', 'en', 'Lukašenkem', 'cs'],
    ['Putin', 'en', 'Путиным', 'ru'],
    ['Putin', 'en', 'Putinem', 'pl'],
    ['Путін', 'uk', 'Putinowi', 'pl'],
    ['Мінськ', 'uk', 'Мінську', 'uk'],
    ['Minsk', 'en', 'Минске', 'ru'],
    ['Minsk', 'en', 'Mińsku', 'pl'],
    ['Polska', 'pl', 'Polską', 'pl'],
    ['Ukrainy', 'pl', 'Украины', 'ru'],
    ['Украины', 'ru', 'України', 'uk'],
    ['Варшаве', 'ru', 'Warszawie', 'pl'],
    ['Москве', 'ru', 'Moskwie', 'pl'],
    ['Київ', 'uk', 'Києві', 'uk'],
    ['Харків', 'uk', 'Харкова', 'uk'],
    ['Praha', 'cs', 'Praze', 'cs'],
    ['Zelensky', 'en', 'Зеленського', 'uk'],
    ['Zelensky', 'en', 'Zełenskim', 'pl'],
    ['Lavrov', 'en', 'Лавровым', 'ru'],
    ['Zakharova', 'en', 'Захаровой', 'ru'],
    ['Putin', 'en', 'Putins', 'de'],
  ])('%s (%s) ~ %s (%s)', (a, la, b, lb) => {
    expect(isSameNameWord(a, b, la, lb)).toBe(true)
  })

  test.each([
    // Surnames that share a stem but are not forms of one another.
    ['Kowal', 'pl', 'Kowalski', 'pl'],
    ['Новак', 'ru', 'Новаков', 'ru'],
    ['Шевченко', 'uk', 'Шевчук', 'uk'],
    ['Putin', 'en', 'Путята', 'ru'],
    ['Lukashenko', 'en', 'Лукаш', 'ru'],
    ['Minsk', 'en', 'Пинске', 'ru'],
  ])('%s (%s) ≁ %s (%s)', (a, la, b, lb) => {
    expect(isSameNameWord(a, b, la, lb)).toBe(false)
  })
})

describe('mentions in one article', () => {
  test('the test articles are detected in the language they are read in', () => {
    for (const lang of Object.keys(ARTICLES) as Lang[]) expect(detectLanguage(ARTICLES[lang])).toBe(lang)
  })

  test.each([
    ['ru', 'Минске', 'city:BY:minsk'],
    ['uk', 'Мінську', 'city:BY:minsk'],
    ['pl', 'Mińsku', 'city:BY:minsk'],
    ['ru', 'Украины', 'country:UA'],
    ['uk', 'України', 'country:UA'],
    ['pl', 'Ukrainy', 'country:UA'],
    ['pl', 'Polską', 'country:PL'],
    ['ru', 'Москве', 'city:RU:moscow'],
    ['pl', 'Moskwie', 'city:RU:moscow'],
    ['pl', 'Warszawie', 'city:PL:warsaw'],
    ['ru', 'Кремля', 'org:kremlin'],
    ['pl', 'Oresznik', 'weapon:oreshnik'],
  ] as const)('%s: "%s" is %s', (lang, form, id) => {
    const mention = namesOf(lang).find((n) => n.text === form)
    expect(mention?.gazetteerId).toBe(id)
  })

  test.each([
    ['ru', 'Беларуси Лукашенко', ['Беларуси', 'Лукашенко']],
    ['uk', 'Білорусі Олександр Лукашенко', ['Білорусі', 'Олександр Лукашенко']],
    ['pl', 'Białorusi Aleksander Łukaszenka', ['Białorusi', 'Aleksander Łukaszenka']],
    ['pl', 'Rosji Władimir Putin', ['Rosji', 'Władimir Putin']],
    ['pl', 'Polski Andrzej Duda', ['Polski', 'Andrzej Duda']],
    ['pl', 'Kremla Dmitrij Pieskow', ['Kremla', 'Dmitrij Pieskow']],
  ] as const)('%s: "%s" is a place and a name, not one name', (lang, run, parts) => {
    const names = namesOf(lang)
    expect(names.map((n) => n.text)).not.toContain(run)
    const at = ARTICLES[lang].indexOf(run)
    const inRun = names.filter((n) => n.start >= at && n.end <= at + run.length)
    expect(inRun.map((n) => n.text)).toEqual(parts)
    expect(inRun[0]!.kind === 'place' || inRun[0]!.kind === 'organization').toBe(true)
    expect(inRun[1]!.kind).toBe('person')
  })

  test.each([
    ['ru', ['Президент', 'Белорусский', 'На', 'Пресс-секретарь', 'В']],
    ['uk', ['Самопроголошений', 'За']],
    ['pl', ['Prezydent', 'Według', 'Polacy', 'Litwini', 'Rzecznik', 'Wcześniej']],
  ] as const)('%s: sentence-initial words, demonyms and roles are not names', (lang, words) => {
    const texts = namesOf(lang).map((n) => n.text)
    for (const w of words) expect(texts.filter((t) => t === w || t.startsWith(`${w} `))).toEqual([])
  })

  test('people are typed by given names, roles and reporting verbs in their language', () => {
    const kinds = new Map(namesOf('ru').map((n) => [n.text, n.kind]))
    expect(kinds.get('Лукашенко')).toBe('person')
    expect(kinds.get('Путиным')).toBe('person')
    expect(kinds.get('Дмитрий Песков')).toBe('person')
    expect(new Map(namesOf('uk').map((n) => [n.text, n.kind])).get('Зеленський')).toBe('person')
  })

  test('sentence-initial words that only fold or inflect like a name are not names', () => {
    // "Крім" (besides) folds like Крим, "Багато" (many) stems like Багата (Bogotá in Belarusian), "Тому" (so) is
    // also the dative of Том, "І" (and) is a conjunction.
    const text = 'Крім того, Путін приїхав до Криму. Багато людей чекали. Тому говорити рано. І Путін погодився.'
    const names = findEntities(text, splitSentences(text), gazetteer, 'uk').names.map((n) => `${n.text}:${n.gazetteerId ?? n.kind}`)
    expect(names).toEqual(['Путін:person', 'Криму:region:UA:crimea', 'Путін:person'])
  })

  test('a body, a century and a person stay apart: "Минздрава Саджид Джавид", "XXI века"', () => {
    const text = 'Как сообщил глава Минздрава Саджид Джавид, в XXI веке всё иначе.'
    const names = findEntities(text, splitSentences(text), gazetteer, 'ru').names.map((n) => `${n.text}:${n.kind}`)
    expect(names).toEqual(['Минздрава:organization', 'Саджид Джавид:other'])
  })

  test('Polish and Czech bodies are organisations, a Polish name whole ("Ministerstwo Spraw Zagranicznych"), a Czech one by its first word', () => {
    const pl = 'Polskie Ministerstwo Spraw Zagranicznych uznało tę decyzję za zagrożenie.'
    expect(findEntities(pl, splitSentences(pl), gazetteer, 'pl').names.map((n) => `${n.text}:${n.kind}`)).toContain('Ministerstwo Spraw Zagranicznych:organization')
    const cs = 'Rozhodnutí kritizovalo Ministerstvo zahraničních věcí.'
    expect(findEntities(cs, splitSentences(cs), gazetteer, 'cs').names.map((n) => `${n.text}:${n.kind}`)).toContain('Ministerstvo:organization')
  })

  test('a body named by a capitalised adjective keeps its noun: "Высшего госсовета", not "Высшего"', () => {
    const texts = namesOf('ru').map((n) => n.text)
    expect(texts).toContain('Высшего госсовета')
    expect(texts).not.toContain('Высшего')
  })

  test('months and weekdays capitalised in German are not names', () => {
    const text = 'Am Freitag traf Alexander Lukaschenko in Minsk Präsident Wladimir Putin. Im Dezember sagte Lukaschenko, die Stationierung sei wichtig.'
    const names = findEntities(text, splitSentences(text), gazetteer, 'de').names.map((n) => n.text)
    expect(names).toEqual(['Alexander Lukaschenko', 'Minsk', 'Wladimir Putin', 'Lukaschenko'])
  })

  test('German common nouns are no names: a company\'s description before its name, a body\'s head noun alone', () => {
    const text = 'Der Netzbetreiber Fingrid und der Energiekonzern RWE begrüßten die Pläne. Die Regierung und die Polizei schwiegen, die Bundesregierung nicht.'
    const names = findEntities(text, splitSentences(text), gazetteer, 'de').names.map((n) => `${n.text}:${n.kind}`)
    expect(names).toEqual(['Fingrid:organization', 'RWE:organization', 'Bundesregierung:organization'])
  })

  test('a colon, an opening quote or a dash starts a clause: the capital after it is not a name by itself', () => {
    const text = 'Лукашенко сказал: Мы готовы. Он добавил: «Это опасно».'
    const names = findEntities(text, splitSentences(text), gazetteer, 'ru').names.map((n) => n.text)
    expect(names).toEqual(['Лукашенко'])
  })

  test('English is read as before', () => {
    const en = namesOf('en').map((n) => `${n.text}:${n.kind}`)
    const text = ARTICLES.en
    expect(en).toEqual(findEntities(text, splitSentences(text), gazetteer).names.map((n) => `${n.text}:${n.kind}`))
  })
})

describe('role phrases before a name in other languages', () => {
  test.each([
    ['uk', 'Самопроголошений президент Білорусі Олександр Лукашенко зустрівся з російським диктатором Володимиром Путіним.', ['Самопроголошений президент Білорусі → Олександр Лукашенко', 'російським диктатором → Володимиром Путіним']],
    ['ru', 'Белорусский лидер Александр Лукашенко встретился. Пресс-секретарь Кремля Дмитрий Песков сообщил об этом.', ['Белорусский лидер → Александр Лукашенко', 'Пресс-секретарь Кремля → Дмитрий Песков']],
    ['pl', 'Prezydent Białorusi Aleksander Łukaszenka spotkał się z rosyjskim dyktatorem Władimirem Putinem.', ['Prezydent Białorusi → Aleksander Łukaszenka', 'rosyjskim dyktatorem → Władimirem Putinem']],
  ])('%s: %s', (lang, text, expected) => {
    const found = findEntities(text, splitSentences(text), gazetteer, lang)
    expect(found.descriptors.map((d) => `${d.text} → ${found.names[d.target]!.text}`)).toEqual(expected)
  })
})

describe('demonyms in their language map to the place', () => {
  test.each([
    ['белорусский', 'ru', 'country:BY'],
    ['белорусского', 'ru', 'country:BY'],
    ['білоруського', 'uk', 'country:BY'],
    ['український', 'uk', 'country:UA'],
    ['białoruski', 'pl', 'country:BY'],
    ['białoruskiej', 'pl', 'country:BY'],
    ['Polacy', 'pl', 'country:PL'],
    ['Polaków', 'pl', 'country:PL'],
    ['поляки', 'ru', 'country:PL'],
    ['běloruského', 'cs', 'country:BY'],
    ['russischen', 'de', 'country:RU'],
    ['Belarusian', 'en', 'country:BY'],
  ])('%s (%s) → %s', (word, lang, id) => {
    expect(demonymPlace(gazetteer, word, lang)?.id).toBe(id)
  })

  test('a name or a common word is not a demonym', () => {
    expect(demonymPlace(gazetteer, 'Лукашенко', 'ru')).toBeUndefined()
    expect(demonymPlace(gazetteer, 'ракета', 'ru')).toBeUndefined()
  })
})

describe('merging four articles (ru, uk, pl, en) of one story', () => {
  const entities = merged()
  const find = (pattern: RegExp): Entity[] => entities.filter((e) => e.variants.some((v) => pattern.test(v)))

  test('Lukashenko is one person in every case and script, shown in English', () => {
    const found = find(/Лукаш|Łukasz|Lukash/)
    expect(found).toHaveLength(1)
    const e = found[0]!
    expect(e.name).toBe('Alexander Lukashenko')
    expect(e.kind).toBe('person')
    expect(e.variants).toEqual(
      expect.arrayContaining(['Лукашенко', 'Лукашенку', 'Олександр Лукашенко', 'Лукашенкові', 'Aleksander Łukaszenka', 'Łukaszenki', 'Łukaszence', 'Alexander Lukashenko', 'Lukashenko']),
    )
    expect(new Set(e.mentions.map((m) => m.articleId))).toEqual(new Set(['ru', 'uk', 'pl', 'en']))
    expect(e.descriptors['uk']?.map((d) => d.text)).toEqual(['Самопроголошений президент Білорусі'])
  })

  test('Putin is one person: Путиным, Путін, Władimirem Putinem, Vladimir Putin', () => {
    const found = find(/Путин|Путін|Putin/)
    expect(found).toHaveLength(1)
    expect(found[0]!.name).toBe('Vladimir Putin')
    expect(found[0]!.variants).toEqual(expect.arrayContaining(['Путиным', 'Путін', 'Путіним', 'Władimirem Putinem', 'Władimir Putin', 'Vladimir Putin', 'Putin']))
  })

  test('Peskov and Zelensky merge with their English names', () => {
    const peskov = find(/Песков|Pieskow|Peskov/)
    expect(peskov).toHaveLength(1)
    expect(peskov[0]!.name).toBe('Dmitry Peskov')
    const zelensky = find(/Зеленськ|Zelensk/)
    expect(zelensky).toHaveLength(1)
    expect(zelensky[0]!.name).toBe('Volodymyr Zelensky')
  })

  test.each([
    ['Belarus', ['Беларуси', 'Білорусі', 'Białorusi', 'Belarus']],
    ['Minsk', ['Минске', 'Мінську', 'Mińsku', 'Minsk']],
    ['Ukraine', ['Украины', 'України', 'Ukrainy', 'Ukraine']],
    ['Poland', ['Польши', 'Польщі', 'Polski', 'Polską', 'Poland']],
    ['Lithuania', ['Литвы', 'Литви', 'Litwy', 'Lithuania']],
    ['Moscow', ['Москве', 'Moskwie']],
    ['Oreshnik', ['Орешник', 'Oresznik', 'Oreshnik']],
  ])('%s is one entity with every form', (name, variants) => {
    const e = entities.filter((x) => x.name === name)
    expect(e).toHaveLength(1)
    expect(e[0]!.variants).toEqual(expect.arrayContaining(variants))
    for (const v of variants) expect(entities.filter((x) => x.variants.includes(v))).toHaveLength(1)
  })

  test('no entity is a place glued to a person', () => {
    const places = entities.filter((e) => e.kind === 'place')
    const placeForms = new Set(places.flatMap((e) => e.variants))
    for (const e of entities) {
      for (const v of e.variants) {
        const words = v.split(/\s+/)
        if (words.length > 1) expect(words.some((w) => placeForms.has(w)), `${e.name}: ${v}`).toBe(false)
      }
    }
  })

  test('Lukashenko and his son stay two people; surnames sharing a stem stay apart', () => {
    const story = [
      { articleId: 'a', lang: 'en', text: 'Alexander Lukashenko spoke. Jan Kowal agreed.' },
      { articleId: 'b', lang: 'ru', text: 'Виктор Лукашенко приехал в Минск. Ян Ковальский тоже.' },
    ]
    const result = mergeEntities(
      story.map(({ articleId, lang, text }) => {
        const found = findEntities(text, splitSentences(text), gazetteer, lang)
        return { articleId, lang, mentions: found.names, descriptors: found.descriptors, captionNames: [] }
      }),
      gazetteer,
    )
    const people = result.filter((e) => e.kind === 'person').map((e) => e.name).sort()
    expect(people).toEqual(['Alexander Lukashenko', 'Jan Kowal', 'Ян Ковальский', 'Виктор Лукашенко'].sort())
  })
})

test('people.json people are one entity across German, Czech and English spellings, and German writes bodies as compounds', async () => {
  const { analyzeArticle, compareCoverage } = await import('../index.js')
  const texts = [
    'Treffen in Minsk\n\nAuch Swetlana Tichanowskaja kritisierte es. Wolodymyr Selenskyj kritisierte das Treffen. Die Bundesregierung sagte nichts.',
    'Schůzka v Minsku\n\nSvětlana Cichanouská to také kritizovala.',
    'Minsk talks\n\nSviatlana Tsikhanouskaya also criticised it. Ukrainian President Volodymyr Zelensky criticised the meeting.',
  ]
  const analyzed = texts.map((content, i) => analyzeArticle({ source: `a${i}.txt`, format: 'text', content }, { id: `a${i + 1}`, outlet: `o${i}` }))
  const report = compareCoverage(analyzed.filter((a) => !('kind' in a)) as never)
  const entity = (name: string) => report.entities.filter((e) => e.name === name)
  expect(entity('Sviatlana Tsikhanouskaya').map((e) => [...e.variants].sort())).toEqual([['Sviatlana Tsikhanouskaya', 'Světlana Cichanouská', 'Swetlana Tichanowskaja']])
  expect(entity('Volodymyr Zelensky').map((e) => [...e.variants].sort())).toEqual([['Volodymyr Zelensky', 'Wolodymyr Selenskyj']])
  expect(entity('Bundesregierung').map((e) => e.kind)).toEqual(['organization'])
})

test('Czech plural place names decline their adjective, and a sentence-initial Czech verb is no given name', () => {
  const text = 'Mít dobré vztahy je důležité. Podle Spojených států je to chyba.'
  const names = findEntities(text, splitSentences(text), loadGazetteer(), 'cs').names.map((n) => [text.slice(n.start, n.end), n.gazetteerId ?? ''])
  expect(names).toEqual([['Spojených států', 'country:US']])
})
