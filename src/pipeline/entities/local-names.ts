import { foldName, nameKey, nameKeys } from '../text/index.js'
import { memoizeByObject } from '../memoize.js'
import type { Gazetteer, GazetteerEntry, Role } from './gazetteer.js'
import cityNames from './data/city-names.json' with { type: 'json' }
import localWords from './data/local-words.json' with { type: 'json' }
import people from './data/people.json' with { type: 'json' }

/**
 * The gazetteer as one language reads it, for uk, ru, be, pl, cs and de: every name, alias, CLDR country and city
 * name keyed by the stems of its words (so "Минске", "Mińsku" and "Мінську" find Minsk), plus the language's own
 * demonyms, role nouns, reporting verbs, months and weekdays. Built on first use per language.
 */
export interface LocalNames {
  readonly lang: string
  /** Space-joined word keys ("soedinenn shtat") → entry; every reading of every word of every name is a key. */
  readonly byKey: ReadonlyMap<string, GazetteerEntry>
  /** Every leading run of word keys of a multi-word name: the lookahead stops when none continues. */
  readonly prefixes: ReadonlySet<string>
  readonly maxWords: number
  /** Lower-cased one-word names exactly as listed ("крим", "minsk"): a capital at a sentence start is a name when written so. */
  readonly literals: ReadonlySet<string>
  /** Demonym and adjective keys ("belorussk", "polak") → the place. */
  readonly demonyms: ReadonlyMap<string, GazetteerEntry>
  /** Role noun keys ("prezident", "ministr") → role; titles before a name. */
  readonly roles: ReadonlyMap<string, Role>
  /** Keys of head nouns of bodies' names in ru, uk, be, pl, cs ("министерство", "рада", "ministerstwo"): the name's first word. */
  readonly bodies: ReadonlySet<string>
  /** Keys of reporting verbs ("zaiavil", "powiedzial"): a name before one is a person. */
  readonly speechVerbs: ReadonlySet<string>
  /** Keys of given names (Владимир, Władimir, Olaf): a run that starts with one names a person. */
  readonly givenNames: ReadonlySet<string>
  /** Keys of people's surnames in people.json → the people of that surname. */
  readonly people: ReadonlyMap<string, readonly KnownPerson[]>
  /** Keys of month and weekday names in the language: capitalised in German, never names. */
  readonly notNames: ReadonlySet<string>
}

/** A person of people.json: the English name and the given names other outlets write. */
export interface KnownPerson {
  readonly name: string
  /** First words of the name and its aliases: "Alexander", "Aliaksandr", "Олександр". */
  readonly givenNames: readonly string[]
}

let latinPeople: ReadonlyMap<string, readonly KnownPerson[]> | undefined

/**
 * people.json by the folded surnames of its Latin-script spellings ("tsikhanouskaya", "cichanouska", "lukashenko"):
 * how an English (or other uninflected) article's name is found among them.
 * @example peopleBySurname().get('lukashenko')?.[0]?.name // "Alexander Lukashenko"
 */
export function peopleBySurname(): ReadonlyMap<string, readonly KnownPerson[]> {
  if (latinPeople) return latinPeople
  const bySurname = new Map<string, KnownPerson[]>()
  for (const p of people.entries as readonly { name: string; aliases?: readonly string[] }[]) {
    const person = knownPerson(p)
    for (const alias of [p.name, ...(p.aliases ?? [])]) {
      const surname = foldName(alias.split(/\s+/).pop()!)
      if (surname.length < 4 || /[^a-z0-9 ]/.test(surname)) continue
      const list = bySurname.get(surname) ?? []
      if (!list.some((q) => q.name === person.name)) list.push(person)
      bySurname.set(surname, list)
    }
  }
  latinPeople = bySurname
  return bySurname
}

function knownPerson(p: { name: string; aliases?: readonly string[] }): KnownPerson {
  const forms = [p.name, ...(p.aliases ?? [])]
  return { name: p.name, givenNames: [...new Set(forms.filter((f) => /\s/.test(f)).map((f) => f.split(/\s+/)[0]!))] }
}

/** The six languages with a local reading; English and the rest use the gazetteer as it is. */
export const LOCAL_LANGUAGES: readonly string[] = ['uk', 'ru', 'be', 'pl', 'cs', 'de']

interface LanguageWords {
  readonly demonyms: Readonly<Record<string, readonly string[]>>
  readonly roles: readonly string[]
  readonly speechVerbs: readonly string[]
  /** Roles that judge the person ("диктатор"): descriptors, not neutral titles. */
  readonly loadedRoles: readonly string[]
  readonly bodies?: readonly string[]
}

/**
 * The local reading of `gazetteer` for `lang`, or undefined when the language has none (English, "und", French…).
 * @example localNames(loadGazetteer(), 'ru')?.byKey.get('minsk')?.name  // "Minsk"
 */
export function localNames(gazetteer: Gazetteer, lang: string | undefined): LocalNames | undefined {
  if (lang === undefined || !LOCAL_LANGUAGES.includes(lang)) return undefined
  const byLang = compiledFor(gazetteer)
  let names = byLang.get(lang)
  if (!names) {
    names = compileLocalNames(gazetteer, lang)
    byLang.set(lang, names)
  }
  return names
}

const compiledFor = memoizeByObject((_gazetteer: Gazetteer) => new Map<string, LocalNames>())

/** Every key a word of a name may have in `lang`, place-name plurals included ("Штатов" → shtat). */
export function wordKeys(word: string, lang: string): readonly string[] {
  return nameKeys(word, lang, true)
}

function compileLocalNames(gazetteer: Gazetteer, lang: string): LocalNames {
  const byKey = new Map<string, GazetteerEntry>()
  const prefixes = new Set<string>()
  const literals = new Set<string>()
  let maxWords = 1
  // `inflected`: the name is of this language, so its case forms count; a name of another language ("Багата", a
  // Belarusian Bogotá in a Ukrainian text, would meet "Багато", many) counts only as written.
  const addName = (name: string, entry: GazetteerEntry, inflected = true): void => {
    // Hyphens and apostrophes split words the way the tokenizer does ("Ростов-на-Дону", "Слов'янськ").
    const words = name.split(/[\s\u2010-\u2015-]+/u).filter((w) => /[\p{L}\p{N}]/u.test(w))
    if (words.length === 0) return
    if (words.length === 1) literals.add(words[0]!.toLowerCase())
    maxWords = Math.max(maxWords, words.length)
    let keys = ['']
    for (const [n, word] of words.entries()) {
      const next: string[] = []
      const readings = inflected ? wordKeys(word, lang) : wordKeys(word, lang).slice(0, 1)
      for (const prefix of keys) for (const k of readings) next.push(prefix ? `${prefix} ${k}` : k)
      keys = next
      if (n < words.length - 1) for (const k of keys) prefixes.add(k)
    }
    // First entry wins, as in the gazetteer itself: countries before cities, places before organisations.
    for (const k of keys) if (!byKey.has(k)) byKey.set(k, entry)
  }
  const regionNames = LOCAL_LANGUAGES.flatMap((l) =>
    (['long', 'short'] as const).map((style) => ({ lang: l, names: new Intl.DisplayNames(l, { type: 'region', style, fallback: 'none' }) })),
  )
  const cities = cityNames.names as Readonly<Record<string, Readonly<Record<string, string>>>>
  for (const entry of gazetteer.byId.values()) {
    // Exact forms first, then the language's CLDR names, then every other language's (an outlet quotes "Warszawa").
    for (const name of [entry.name, ...entry.aliases]) addName(name, entry)
    const code = /^(?:country|territory):([A-Z]{2})$/.exec(entry.id)?.[1]
    if (code) {
      for (const { lang: l, names } of regionNames) {
        const local = names.of(code)
        // "Wlk. Bryt." is an abbreviation of the short style: the long name covers it.
        if (local && !local.includes('.')) addName(local, entry, l === lang)
      }
    }
    for (const [l, name] of Object.entries(cities[entry.id] ?? {})) addName(name, entry, l === lang)
  }
  const words = (localWords.languages as Readonly<Record<string, LanguageWords>>)[lang]
  const demonyms = new Map<string, GazetteerEntry>()
  for (const [id, forms] of Object.entries(words?.demonyms ?? {})) {
    const entry = gazetteer.byId.get(id)
    if (!entry) continue
    for (const form of forms) for (const k of nameKeys(form, lang)) if (!demonyms.has(k)) demonyms.set(k, entry)
  }
  const roles = new Map<string, Role>()
  for (const term of words?.roles ?? []) {
    const role: Role = { term, isNeutral: !words?.loadedRoles.includes(term), isTitle: true }
    for (const k of nameKeys(term, lang)) if (!roles.has(k)) roles.set(k, role)
  }
  const speechVerbs = new Set((words?.speechVerbs ?? []).flatMap((v) => nameKeys(v, lang)))
  const bodies = new Set((words?.bodies ?? []).flatMap((v) => nameKeys(v, lang)))
  const givenNames = new Set<string>()
  // Listed in Latin letters: "Sergei" is read as written and without its final vowel, so "Сергею" (stem серге) meets it.
  for (const g of gazetteer.givenNames) for (const k of [...nameKeys(g, lang), nameKey(g)]) givenNames.add(k)
  const peopleByKey = new Map<string, KnownPerson[]>()
  for (const entry of people.entries as readonly { name: string; aliases?: readonly string[] }[]) {
    // German and Czech outlets write Cyrillic names in their own transliteration ("Selenskyj", "Tichanowskaja").
    const p = { name: entry.name, aliases: [...(entry.aliases ?? []), ...transliterations(entry.aliases ?? [], lang)] }
    const forms = [p.name, ...p.aliases]
    const person = knownPerson(p)
    for (const alias of forms) {
      const surname = alias.split(/\s+/).pop()!
      // Short surnames ("Li", "Xi", "Kim") are ordinary syllables in other languages: only in full.
      if (foldName(surname).length < 4) continue
      for (const k of nameKeys(surname, lang)) {
        const list = peopleByKey.get(k) ?? []
        if (!list.includes(person)) list.push(person)
        peopleByKey.set(k, list)
      }
    }
  }
  return { lang, byKey, prefixes, maxWords, literals, demonyms, roles, bodies, speechVerbs, givenNames, people: peopleByKey, notNames: calendarWords(lang) }
}

/** Month and weekday names of `lang` in every form ICU writes them ("грудень", "грудня", "Dezember", "piątek"). */
function calendarWords(lang: string): Set<string> {
  const out = new Set<string>()
  const add = (word: string): void => {
    for (const w of word.split(/\s+/)) if (/\p{L}{3,}/u.test(w)) for (const k of nameKeys(w.replace(/\.$/, ''), lang)) out.add(k)
  }
  for (let m = 0; m < 12; m++) {
    const date = new Date(Date.UTC(2024, m, 6))
    for (const options of [{ month: 'long' }, { month: 'long', day: 'numeric' }, { month: 'short' }] as const) {
      const parts = new Intl.DateTimeFormat(lang, { ...options, timeZone: 'UTC' }).formatToParts(date)
      for (const p of parts) if (p.type === 'month') add(p.value)
    }
  }
  for (let d = 0; d < 7; d++) add(new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1 + d))))
  return out
}

/**
 * The place a demonym or country adjective names, in any case form of `lang` ("белорусского", "Polaków",
 * "russischen"), else by the English demonyms ("Belarusian"). For alignment: "польские войска" = "Polish troops".
 * @example demonymPlace(loadGazetteer(), 'белорусского', 'ru')?.id  // "country:BY"
 */
export function demonymPlace(gazetteer: Gazetteer, word: string, lang?: string): GazetteerEntry | undefined {
  const local = localNames(gazetteer, lang)
  if (local) {
    for (const k of wordKeys(word, local.lang)) {
      const entry = local.demonyms.get(k)
      if (entry) return entry
    }
  }
  return gazetteer.byDemonym.get(foldName(word))
}

/** Cyrillic letters as German (Duden) and Czech transliterate them; Ukrainian и, г and Belarusian ў apart. */
const TRANSLITERATION: Readonly<Record<'de' | 'cs', Readonly<Record<string, string>>>> = {
  de: {
    а: 'a', б: 'b', в: 'w', г: 'g', ґ: 'g', д: 'd', е: 'e', є: 'je', ё: 'jo', ж: 'sch', з: 's', и: 'i', і: 'i', ї: 'ji', й: 'j',
    к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ў: 'u', ф: 'f', х: 'ch', ц: 'z', ч: 'tsch',
    ш: 'sch', щ: 'schtsch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'ju', я: 'ja',
  },
  cs: {
    а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', е: 'e', є: 'je', ё: 'jo', ж: 'ž', з: 'z', и: 'i', і: 'i', ї: 'ji', й: 'j',
    к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ў: 'u', ф: 'f', х: 'ch', ц: 'c', ч: 'č',
    ш: 'š', щ: 'šč', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'ju', я: 'ja',
  },
}

/** The Cyrillic spellings among `aliases` transliterated for `lang` (de, cs; none for the others). */
function transliterations(aliases: readonly string[], lang: string): string[] {
  if (lang !== 'de' && lang !== 'cs') return []
  const table = TRANSLITERATION[lang]
  const out: string[] = []
  for (const alias of aliases) {
    if (!/\p{Script=Cyrillic}/u.test(alias)) continue
    // Ukrainian (і, ї, є, ґ) writes и for y and г for h.
    const isUkrainian = /[іїєґ]/iu.test(alias)
    const latin = [...alias]
      .map((ch) => {
        const lower = ch.toLowerCase()
        const mapped = isUkrainian && lower === 'и' ? 'y' : isUkrainian && lower === 'г' ? 'h' : table[lower]
        if (mapped === undefined) return ch
        return ch === lower ? mapped : mapped.charAt(0).toUpperCase() + mapped.slice(1)
      })
      .join('')
    out.push(latin)
  }
  return out
}
