import { describe, expect, test } from 'vitest'
import { foldName } from '../../text/index.js'
import places from './places.json' with { type: 'json' }
import organizations from './organizations.json' with { type: 'json' }
import weapons from './weapons.json' with { type: 'json' }
import givenNames from './given-names.json' with { type: 'json' }
import roles from './roles.json' with { type: 'json' }
import people from './people.json' with { type: 'json' }
import groups from './groups.json' with { type: 'json' }
import cityNames from './city-names.json' with { type: 'json' }
import localWords from './local-words.json' with { type: 'json' }
import { validateGazetteer, type GazetteerFiles } from './validate-gazetteer.js'

interface Entry {
  readonly id: string
  readonly aliases?: readonly string[]
  readonly demonyms?: readonly string[]
  readonly name: string
  readonly wire?: boolean
  readonly capital?: boolean
}
interface RoleRow {
  readonly term: string
  readonly neutral: boolean
  readonly title?: boolean
}

const realFiles: GazetteerFiles = { places, organizations, weapons, givenNames, roles, people, groups }
const allEntries: readonly Entry[] = [
  ...(places.entries as readonly Entry[]),
  ...(organizations.entries as readonly Entry[]),
  ...(weapons.entries as readonly Entry[]),
  ...(people.entries as readonly Entry[]),
]

// Same rule as the recogniser's gazetteer: folded key, first entry wins (countries precede cities).
const byName = new Map<string, Entry>()
const byDemonym = new Map<string, Entry>()
for (const entry of allEntries) {
  for (const form of [entry.name, ...(entry.aliases ?? [])]) if (!byName.has(foldName(form))) byName.set(foldName(form), entry)
  for (const form of entry.demonyms ?? []) if (!byDemonym.has(foldName(form))) byDemonym.set(foldName(form), entry)
}
const roleByTerm = new Map((roles.roles as readonly RoleRow[]).map((role) => [foldName(role.term), role]))
const names = givenNames.names as Readonly<Record<'en' | 'slavic' | 'other', readonly string[]>>

describe('gazetteer data files', () => {
  test('pass the validator', () => {
    expect(validateGazetteer(realFiles).problems).toEqual([])
  })

  test.each([
    ['Russian Federation', 'country:RU'],
    ['Россия', 'country:RU'],
    ['Białoruś', 'country:BY'],
    ['Беларусь', 'country:BY'],
    ['Byelorussia', 'country:BY'],
    ['U.S.', 'country:US'],
    ['United States of America', 'country:US'],
    ['Britain', 'country:GB'],
    ['Niemcy', 'country:DE'],
    ['Lietuva', 'country:LT'],
    ['Türkiye', 'country:TR'],
    ['Дніпро', 'city:UA:dnipro'],
    ['Dnipropetrovsk', 'city:UA:dnipro'],
    ['Kiev', 'city:UA:kyiv'],
    ['Lwów', 'city:UA:lviv'],
    ['Mińsk', 'city:BY:minsk'],
    ['Hrodna', 'city:BY:grodno'],
    ['Wilno', 'city:LT:vilnius'],
    ['Warszawa', 'city:PL:warsaw'],
    ['Gaza', 'region:PS:gaza-strip'],
    ['Donbass', 'region:UA:donbas'],
    // Names two places share: the allow-listed order decides (country, then city, then US state)
    ['Georgia', 'country:GE'],
    ['Washington', 'city:US:washington'],
    ['New York', 'city:US:new-york-city'],
    ['НАТО', 'org:nato'],
    ['North Atlantic Treaty Organization', 'org:nato'],
    ['ООН', 'org:un'],
    ['Unia Europejska', 'org:eu'],
    ['Союзное государство', 'org:union-state'],
    ['Supreme State Council', 'org:union-state-supreme-council'],
    ['GOP', 'org:republican-party-us'],
    ['Oreshnyk', 'weapon:oreshnik'],
    ['Орешник', 'weapon:oreshnik'],
    ['Geran-2', 'weapon:shahed-136'],
    ['SCALP', 'weapon:storm-shadow'],
    // The seed pair's spellings of one man (EXPECTED.md §3)
    ['Alaksandr Łukaszenka', 'person:alexander-lukashenko'],
    ['Oleksandr Lukashenko', 'person:alexander-lukashenko'],
    ['Lukashenka', 'person:alexander-lukashenko'],
    ['Лукашенко', 'person:alexander-lukashenko'],
    ['Putin', 'person:vladimir-putin'],
    ['Zelenskyy', 'person:volodymyr-zelensky'],
  ])('%s → %s', (form, id) => {
    expect(byName.get(foldName(form))?.id).toBe(id)
  })

  test.each([
    ['Poles', 'country:PL'],
    ['Polish', 'country:PL'],
    ['Belarusian', 'country:BY'],
    ['Belarussian', 'country:BY'],
    ['Lithuanians', 'country:LT'],
    ['Russians', 'country:RU'],
    ['German', 'country:DE'],
    ['Americans', 'country:US'],
    ['British', 'country:GB'],
    ['Ukrainian', 'country:UA'],
  ])('demonym %s → %s', (demonym, id) => {
    expect(byDemonym.get(foldName(demonym))?.id).toBe(id)
  })

  test('every place the seed pair needs resolves', () => {
    const seedPlaces = ['Minsk', 'Belarus', 'Poland', 'Lithuania', 'Ukraine', 'Germany', 'Dnipro', 'Russia']
    expect(seedPlaces.map((name) => byName.get(foldName(name))?.id)).toEqual([
      'city:BY:minsk', 'country:BY', 'country:PL', 'country:LT', 'country:UA', 'country:DE', 'city:UA:dnipro', 'country:RU',
    ])
  })

  test('news agencies, and only they, are wire services', () => {
    const wire = (organizations.entries as readonly Entry[]).filter((entry) => entry.wire === true).map((entry) => entry.id)
    expect(wire).toEqual(expect.arrayContaining(['org:ap', 'org:reuters', 'org:afp', 'org:tass', 'org:belta', 'org:pap', 'org:ukrinform']))
    expect(wire).not.toContain('org:nato')
    expect(wire).not.toContain('org:bbc')
  })

  test('weapon names that are also ordinary words need a cue, distinctive ones do not', () => {
    const needsCue = (id: string) => (weapons.entries as readonly (Entry & { needsCue?: boolean })[]).find((e) => e.id === id)?.needsCue
    expect(['weapon:patriot', 'weapon:javelin', 'weapon:iskander'].map(needsCue)).toEqual([true, true, true])
    expect(['weapon:oreshnik', 'weapon:himars', 'weapon:s-400'].map(needsCue)).toEqual([undefined, undefined, undefined])
  })

  test.each([
    ['Jewish', 'group:jews'],
    ['Shiite', 'group:shias'],
    ['Kurdish', 'group:kurds'],
    ['Crimean Tatars', 'group:tatars'],
  ])('group word %s → %s', (form, id) => {
    const group = (groups.groups as readonly { id: string; forms: readonly string[] }[]).find((g) => g.forms.some((f) => foldName(f) === foldName(form)))
    expect(group?.id).toBe(id)
  })

  test('capitals are flagged', () => {
    expect(byName.get('minsk')?.capital).toBe(true)
    expect(byName.get('dnipro')?.capital).toBeUndefined()
  })

  test.each([
    ['president', true, true],
    ['Mr', true, true],
    ['Sen.', true, true],
    ['spokesman', true, undefined],
    ['dictator', false, undefined],
    ['self-proclaimed president', false, undefined],
  ])('role %s: neutral %s, title %s', (term, neutral, title) => {
    const role = roleByTerm.get(foldName(term))
    expect(role?.neutral).toBe(neutral)
    expect(role?.title).toBe(title)
  })

  test('English-conventional given names are told apart from transliterations', () => {
    expect(names.en).toContain('Alexander')
    expect(names.en).not.toContain('Oleksandr')
    expect(names.slavic).toEqual(expect.arrayContaining(['Oleksandr', 'Alaksandr', 'Aliaksandr', 'Volodymyr', 'Vladimir', 'Andrzej']))
  })

  test('every listed person has a given name the recogniser knows', () => {
    // Surname-first names (Xi Jinping, Yoon Suk Yeol), titles (Pope, Patriarch) and initials (JD) have no given name first
    const noGivenNameFirst = new Set(['person:xi-jinping', 'person:li-qiang', 'person:wang-yi', 'person:lai-ching-te', 'person:yoon-suk-yeol', 'person:pope-francis', 'person:pope-leo-xiv', 'person:patriarch-kirill', 'person:jd-vance'])
    const allGiven = new Set(Object.values(names).flat().map(foldName))
    const missing = (people.entries as readonly Entry[])
      .filter((person) => !noGivenNameFirst.has(person.id))
      .filter((person) => !allGiven.has(foldName(person.name.split(' ')[0] ?? '')))
      .map((person) => person.id)
    expect(missing).toEqual([])
  })

  test('weapon cue nouns cover the seed wording ("missiles", "complex")', () => {
    expect(weapons.cue_nouns).toEqual(expect.arrayContaining(['missile', 'missiles', 'complex', 'system', 'drone']))
  })
})

describe('validateGazetteer', () => {
  const place = (id: string, name: string, extra: Record<string, unknown> = {}) => ({ id, name, kind: 'place', source: 'test', ...extra })
  const minimal = (placeEntries: unknown[], extra: Record<string, unknown> = {}): GazetteerFiles => ({
    places: { source: 'test', entries: placeEntries, ...extra },
    organizations: { source: 'test', entries: [] },
    weapons: { source: 'test', cue_nouns: ['missile'], entries: [] },
    givenNames: { source: 'test', names: { en: ['Alexander'], slavic: ['Oleksandr'], other: [] } },
    roles: { source: 'test', roles: [{ term: 'president', kind: 'person', neutral: true, source: 'test' }] },
  })

  test('accepts a minimal valid set', () => {
    expect(validateGazetteer(minimal([place('country:BY', 'Belarus')])).problems).toEqual([])
  })

  test('flags a missing source and a duplicate id', () => {
    const { problems } = validateGazetteer(minimal([{ id: 'country:BY', name: 'Belarus', kind: 'place' }, place('country:BY', 'Belarus 2')]))
    expect(problems).toEqual([
      'places.json: entries[0] (country:BY): missing "source"',
      'places.json: entries[1] (country:BY): duplicate id (also in places.json)',
    ])
  })

  test('flags an alias two entries share after folding, unless allow-listed', () => {
    const entries = [place('country:GE', 'Georgia'), place('us-state:GA', 'Géorgia')]
    expect(validateGazetteer(minimal(entries)).problems).toEqual([
      'places.json: name or alias "georgia" is shared by country:GE, us-state:GA; list it under "ambiguous" if intended',
    ])
    expect(validateGazetteer(minimal(entries, { ambiguous: ['Georgia'] })).problems).toEqual([])
  })

  test('flags an allow-list entry nothing shares any more', () => {
    expect(validateGazetteer(minimal([place('country:BY', 'Belarus')], { ambiguous: ['Georgia'] })).problems).toEqual([
      'places.json: "ambiguous" lists "georgia", which no two entries share',
    ])
  })

  test('keeps spellings that fold alike inside one entry, but not exact repeats', () => {
    const ok = validateGazetteer(minimal([place('city:UA:dnipro', 'Dnipro', { aliases: ['Дніпро'] })]))
    expect(ok.problems).toEqual([])
    const repeated = validateGazetteer(minimal([place('city:UA:dnipro', 'Dnipro', { aliases: ['Dnipro'] })]))
    expect(repeated.problems).toEqual(['places.json: entries[0] (city:UA:dnipro): "Dnipro" is listed twice'])
  })

  test('flags the wrong kind, an unknown field and a dangling partOf', () => {
    const { problems } = validateGazetteer(minimal([place('city:XX:a', 'A', { kind: 'org', partof: 'x', partOf: 'country:XX' })]))
    expect(problems).toEqual([
      'places.json: entries[0] (city:XX:a): unknown field "partof"',
      'places.json: entries[0] (city:XX:a): kind is "org", expected "place"',
      'places.json: entries[0] (city:XX:a): partOf "country:XX" is not an id in any file',
    ])
  })

  test('flags roles that would overwrite each other, and a loaded role without a reason', () => {
    const files = {
      ...minimal([]),
      roles: {
        source: 'test',
        roles: [
          { term: 'Mr.', kind: 'person', neutral: true, title: true, source: 'test' },
          { term: 'Mr', kind: 'person', neutral: true, source: 'test' },
          { term: 'tyrant', kind: 'person', neutral: false, source: 'test' },
        ],
      },
    }
    expect(validateGazetteer(files).problems).toEqual([
      'roles.json: roles[1] (Mr): term repeats another role (folded "mr")',
      'roles.json: roles[2] (tyrant): a non-neutral role needs a "note"',
    ])
  })

  test('flags a group form listed under two groups', () => {
    const files = {
      ...minimal([]),
      groups: {
        source: 't',
        groups: [
          { id: 'group:shias', name: 'Shias', forms: ['Shia', 'Shiite'], type: 'religion', source: 't' },
          { id: 'group:x', name: 'X', forms: ['Shiite'], type: 'faith', source: 't' },
        ],
      },
    }
    expect(validateGazetteer(files).problems).toEqual([
      'groups.json: groups[1] (group:x): "type" is not one of religion, ethnicity, ideology, other',
      'groups.json: groups[1] (group:x): form "shiite" is also a form of group:shias',
    ])
  })

  test('warns, without failing, when one name is used by two kinds', () => {
    const files = { ...minimal([place('country:JO', 'Jordan')]), givenNames: { source: 't', names: { en: ['Jordan'], slavic: [], other: [] } } }
    const report = validateGazetteer(files)
    expect(report.problems).toEqual([])
    expect(report.warnings).toEqual(['"jordan" is used by more than one kind: given name, place'])
  })
})

describe('local-language data (local-words.json, city-names.json)', () => {
  const placeIds = new Set((places.entries as readonly Entry[]).map((e) => e.id))
  const languages = localWords.languages as Readonly<Record<string, { demonyms: Record<string, string[]>; roles: string[]; speechVerbs: string[]; loadedRoles: string[] }>>

  test('every language has demonyms of places in places.json, roles and reporting verbs', () => {
    expect(Object.keys(languages).sort()).toEqual(['be', 'cs', 'de', 'pl', 'ru', 'uk'])
    for (const [lang, words] of Object.entries(languages)) {
      expect(Object.keys(words.demonyms).filter((id) => !placeIds.has(id)), lang).toEqual([])
      expect(words.roles.length, lang).toBeGreaterThan(10)
      expect(words.speechVerbs.length, lang).toBeGreaterThan(5)
      expect(words.loadedRoles.filter((r) => !words.roles.includes(r)), lang).toEqual([])
    }
  })

  test('city names are keyed by cities of places.json and name their source and licence', () => {
    const names = cityNames.names as Readonly<Record<string, Readonly<Record<string, string>>>>
    expect(Object.keys(names).filter((id) => !id.startsWith('city:') || !placeIds.has(id))).toEqual([])
    expect(names['city:UA:kyiv']).toMatchObject({ uk: 'Київ', ru: 'Киев', pl: 'Kijów', cs: 'Kyjev' })
    expect(cityNames.source).toMatch(/CLDR/)
    expect(cityNames.licence).toMatch(/Unicode/)
  })
})
