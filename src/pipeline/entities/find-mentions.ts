import type { EntityKind, Sentence, Token } from '../../model/index.js'
import { FUNCTION_WORDS, MONTHS, SPEECH_VERBS, SPEECH_VERB_FORMS, WEEKDAYS, foldName, nameStems, truecaseTitleLines } from '../text/index.js'
import type { Gazetteer, GazetteerEntry } from './gazetteer.js'
import { localNames, peopleBySurname, wordKeys, type LocalNames } from './local-names.js'

/** A proper-name mention found in one article, before cross-article merging. */
export interface NameMention {
  readonly start: number
  readonly end: number
  readonly text: string
  readonly kind: EntityKind
  /** Set when the name is in the gazetteer: mentions with one id are one entity. */
  readonly gazetteerId?: string
  /** Index of the sentence it stands in. */
  readonly sentence: number
}

// Head nouns of organisation names: "Supreme State Council", "Ministry of Defence", "Wagner Group".
const ORG_HEADS = new Set([
  'council', 'union', 'party', 'ministry', 'agency', 'organization', 'organisation', 'committee', 'commission',
  'parliament', 'assembly', 'court', 'army', 'forces', 'force', 'navy', 'bank', 'corporation', 'corp', 'inc', 'ltd',
  'company', 'university', 'institute', 'department', 'office', 'service', 'services', 'front', 'group', 'alliance',
  'federation', 'association', 'foundation', 'bureau', 'guard', 'police', 'senate', 'congress', 'cabinet', 'government',
  'administration', 'directorate', 'command', 'fund', 'network', 'times', 'post', 'news', 'press', 'tribunal', 'state',
  // companies and media: "Interoute Plc", "France Telecom", "U.S. Geological Survey", "The Hollywood Reporter"
  'plc', 'llc', 'co', 'gmbh', 'ag', 'sa', 'systems', 'technologies', 'networks', 'communications', 'telecom', 'survey',
  'authority', 'airlines', 'airways', 'motors', 'electronics', 'labs', 'pharmaceuticals', 'media', 'records', 'studios',
  'entertainment', 'reporter', 'journal', 'herald', 'tribune', 'gazette', 'club', 'team', 'league', 'academy', 'society',
  'institution', 'facilities', 'industries', 'holdings', 'partners', 'capital', 'bureau', 'council', 'board', 'union',
])
// Head nouns of places: "Sonoma County", "Medical Center", "The Geysers" is left to the gazetteer.
const PLACE_HEADS = new Set([
  'county', 'city', 'province', 'river', 'lake', 'mountain', 'mountains', 'mount', 'island', 'islands', 'bay',
  'valley', 'street', 'st', 'avenue', 'ave', 'road', 'boulevard', 'square', 'park', 'airport', 'bridge', 'center',
  'centre', 'district', 'region', 'village', 'town', 'beach', 'coast', 'desert', 'sea', 'ocean', 'peninsula',
  'strait', 'canyon', 'hills', 'heights', 'stadium', 'arena', 'hall', 'hotel', 'hospital', 'prison', 'base',
])
// Organisations commonly named by one word: "the Navy said", "Congress passed".
const ORG_WORDS = new Set(['navy', 'army', 'police', 'senate', 'congress', 'parliament', 'government', 'pentagon', 'kremlin', 'military'])
// Prepositions of place before an unknown name: "in Dnipro", "near Sonoma", "at Camp David".
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'outside', 'from', 'to', 'across', 'around', 'towards', 'toward'])
// Head nouns of documents, programmes and events: "Treaty on the Creation of the Union State".
const OTHER_HEADS = new Set([
  'treaty', 'agreement', 'concept', 'act', 'law', 'convention', 'declaration', 'accord', 'protocol', 'program',
  'programme', 'plan', 'strategy', 'doctrine', 'summit', 'conference', 'war', 'operation', 'day', 'games', 'award',
  'prize', 'cup', 'olympics', 'election', 'elections', 'guarantees',
])
// Lower-case words allowed inside a name when a capitalised word follows: "Council of the European Union".
const CONNECTORS = new Set(['of', 'the', 'on', 'for', 'de', 'del', 'la', 'le', 'von', 'van', 'der', 'den', 'al', 'bin', 'and'])
// Quantifiers too: wink tags a capitalised one after an opening quotation mark as a name ('"Several minutes were lost"').
const NOT_NAMES = new Set([...MONTHS, ...WEEKDAYS, 'i', 'mr', 'mrs', 'ms', 'dr', 'ed', 'st', 'ok', 'several', 'few', 'fewer', 'either', 'neither', 'another', 'various', 'numerous', 'enough', 'less', 'least',
  // People by their stance, not roles (isRoleNoun has those): "Critics argue", "Supporters say" open sentences.
  'critics', 'supporters', 'opponents', 'proponents', 'observers', 'skeptics', 'sceptics', 'insiders', 'detractors'])
/**
 * An English function word, also with a clitic ("The", "I'm", "There's"): alone never a name. Written in capitals it
 * may be one: "US", "WHO", "IT".
 */
function isFunctionWord(token: Token): boolean {
  return !/^\p{Lu}{2,}$/u.test(token.text) && FUNCTION_WORDS.has(token.text.toLowerCase().replace(/['’](?:m|s|re|ve|ll|d)$/, ''))
}

/**
 * An English month's abbreviation ("Sept. 11", "Jan. 6", "in Oct."): with its full stop always, without it only where
 * it is no given name too ("Jan", "Jun", "Mar").
 */
function isMonthAbbreviation(token: Token): boolean {
  const norm = token.norm
  return MONTH_ABBREVIATIONS.has(norm) && (token.text.endsWith('.') || !['jan', 'jun', 'mar'].includes(norm))
}
const MONTH_ABBREVIATIONS: ReadonlySet<string> = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'])

// Prepositions of place before an unknown name in the local languages: "в Гродно", "w Grodnie", "v Brně". Not
// Ukrainian/Belarusian "у" (also "у Путіна", Putin has) nor German "in" (every noun is capitalised: "in Kraft").
const LOCAL_PLACE_PREPOSITIONS: Readonly<Record<string, ReadonlySet<string>>> = {
  ru: new Set(['в', 'во']), uk: new Set(['в']), pl: new Set(['w', 'we']), cs: new Set(['v', 've']),
}
// A capital after these starts a clause as a sentence start does: "заявил: Польша…", "«Мы…", "— Это…", and a full
// stop the sentence splitter missed (it reads English: 'війни". Тому').
const CLAUSE_OPENERS = new Set([':', '«', '„', '"', '“', '‚', '»', '—', '–', '-', '(', '.', '!', '?', '…'])

// Adjective case endings in ru, uk, be, which capitalise only the first word of a multi-word name.
const ADJECTIVE_ENDINGS: Readonly<Record<string, RegExp>> = {
  ru: /(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ых|их|ую|юю|ою|ею)$/u,
  uk: /(?:ий|ій|ого|ього|ому|ьому|им|ім|их|іх|ою|ую|ої|ої)$/u,
  be: /(?:ы|ая|ое|ыя|ія|ага|яга|аму|яму|ым|ім|ых|іх|ую|юю|ай|яй)$/u,
}

/** What the recogniser knows while reading one article. */
interface Reader {
  readonly gazetteer: Gazetteer
  /** The language's own reading of the gazetteer; undefined for English and unknown languages. */
  readonly local: LocalNames | undefined
  /** Words seen capitalised mid-sentence (norms; in a local language, the stems of their forms). */
  readonly midSentenceCapitals: ReadonlySet<string>
  /** English: words the article writes in lower case somewhere (norms). */
  readonly lowerCaseWords: ReadonlySet<string>
}

/**
 * Finds proper-name mentions: gazetteer names first (longest match), then runs of capitalised words, typed by
 * their head noun, a neighbouring cue ("missile complex", a role, a speech verb) or left 'other' for the merge
 * step to settle. Demonyms ("Belarusian", "Poles") are not mentions.
 */
export function findNameMentions(text: string, givenSentences: readonly Sentence[], gazetteer: Gazetteer, lang?: string): NameMention[] {
  const sentences = inOwnCase(text, givenSentences)
  const local = localNames(gazetteer, lang)
  const reader: Reader = { gazetteer, local, midSentenceCapitals: collectMidSentenceCapitals(sentences, local), lowerCaseWords: local ? new Set() : collectLowerCaseWords(sentences) }
  const mentions: NameMention[] = []
  for (const [index, sentence] of sentences.entries()) {
    const tokens = sentence.tokens
    let i = 0
    while (i < tokens.length) {
      const found = matchAt(tokens, i, reader)
      if (found.mention) {
        const { start, kind, gazetteerId } = found.mention
        // "Trump's" is one token for the tagger at times: the possessive is not part of the name.
        const end = found.mention.end - (/['’]s$/.test(text.slice(start, found.mention.end)) ? 2 : 0)
        mentions.push({ start, end, text: text.slice(start, end), kind, sentence: index, ...(gazetteerId ? { gazetteerId } : {}) })
      }
      i = found.next
    }
  }
  return mentions
}

/** The sentences with the words of title-case headlines in their own case ("To Host" → "to host"): see `truecaseTitleLines`. */
function inOwnCase(text: string, sentences: readonly Sentence[]): readonly Sentence[] {
  const cased = truecaseTitleLines(text)
  if (cased === text) return sentences
  const recase = (t: Token): Token => (cased.startsWith(t.text, t.start) ? t : { ...t, text: cased.slice(t.start, t.end) })
  return sentences.map((s) => ({ ...s, tokens: s.tokens.map(recase) }))
}

interface Match {
  readonly mention: { start: number; end: number; kind: EntityKind; gazetteerId?: string } | null
  /** Token index to continue from: a run that is not a name is skipped whole. */
  readonly next: number
}

function matchAt(tokens: readonly Token[], i: number, reader: Reader): Match {
  const { gazetteer, local } = reader
  const token = tokens[i]
  if (!token || !isCapitalised(token.text)) return { mention: null, next: i + 1 }
  const known = longestGazetteerMatch(tokens, i, reader)
  // "Běloruský prezident", "Polski rząd": a sentence-initial adjective shares its stem with the country's name, but
  // is the country's name only as written ("Polska", "Bělorusko") or mid-sentence ("prezydent Polski Andrzej Duda").
  if (known && local && known.end - i === 1 && isSentenceInitial(tokens, i, local) && isLocalDemonym(token, local)) {
    return { mention: null, next: i + 1 }
  }
  // A sentence-initial word that only folds or inflects like a name ("Крім", besides, ~ Крим; "Багато" ~ Багата)
  // is a name when written as one or capitalised elsewhere in the article.
  const isDoubtful = local !== undefined && known !== null && known.end - i === 1 && isSentenceInitial(tokens, i, local) &&
    !local.literals.has(token.text.toLowerCase()) && !isNameLike(token, reader)
  if (known && !isDoubtful && !isPartOfLongerName(tokens, i, known, reader)) {
    const last = tokens[known.end - 1]!
    return { mention: { start: token.start, end: last.end, kind: known.entry.kind, gazetteerId: known.entry.id }, next: known.end }
  }
  const end = capitalisedRunEnd(tokens, i, reader)
  let start = i
  // Sentence-initial capitals: "During", "He", "Not" are words, not names, unless seen capitalised mid-sentence.
  while (start < end && isSentenceInitial(tokens, start, local) && !isNameLike(tokens[start]!, reader)) start++
  // Nor does a name start with the connector such a word stood before: "As the Ukrinform agency" → "Ukrinform".
  while (start < end && CONNECTORS.has(tokens[start]!.text)) start++
  // What follows such a word may be a known name the run hid: "The Kharkiv region also came under fire" is
  // "Kharkiv region" (Kharkiv Oblast), "The United States" the country, not names "Kharkiv" and "United States" of
  // no kind. Only a known name that takes the rest of the run: "The Los Angeles Angels" stay one name.
  if (start > i && start < end && (longestGazetteerMatch(tokens, start, reader)?.end ?? 0) >= end) return matchAt(tokens, start, reader)
  // Leading demonyms and role titles describe the name: "Russian President Vladimir Putin" → "Vladimir Putin".
  while (start < end - 1 && isDescriptorWord(tokens[start]!, reader)) start++
  // German capitalises the common noun it sets before a company's name: "Netzbetreiber Fingrid", "Autobauer VW".
  let isCompany = false
  while (local?.lang === 'de' && start < end - 1 && GERMAN_COMPANY_NOUN.test(tokens[start]!.text)) {
    start++
    isCompany = true
  }
  if (start >= end) return { mention: null, next: end }
  // A role inside the run means what precedes it describes the person: "Former New York City Mayor Michael
  // Bloomberg". Step one word on, so the place and the name are found on their own.
  for (let k = start + 1; k < end - 1; k++) if (isDescriptorWord(tokens[k]!, reader)) return { mention: null, next: i + 1 }
  const first = tokens[start]!
  const last = tokens[end - 1]!
  const words = tokens.slice(start, end)
  if (words.length === 1 && isSentenceInitial(tokens, start, local) && isWordNotName(first, reader)) return { mention: null, next: end }
  // One or two letters are initials or abbreviations ("C.", "D", "Hi"), unless written in capitals ("EU", "SD").
  const isTooShort = words.length === 1 && first.text.replace(/\.$/, '').length <= 2 && !/^\p{Lu}{2}$/u.test(first.text)
  // Roman numerals are centuries and ordinals in the local languages ("XXI века", "XVII wieku").
  const isNumeral = local !== undefined && /^[IVXLC]+$/.test(first.text)
  if (words.length === 1 && (isTooShort || isNumeral || gazetteer.byDemonym.has(first.norm) || NOT_NAMES.has(first.norm) || isMonthAbbreviation(first) || isFunctionWord(first) || isRoleNoun(first.norm, gazetteer) || isLocalNotName(first, local))) {
    return { mention: null, next: end }
  }
  const kind = isCompany ? 'organization' : guessKind(tokens, start, end, reader)
  // "Высшего госсовета", "Вярхоўнага суда": Russian, Ukrainian and Belarusian capitalise only the first word of
  // a body's name, an adjective; alone it would be a name "Высшего". Its noun belongs to it.
  const after = tokens[end]
  const isBodyName = (l: LocalNames): boolean =>
    ADJECTIVE_ENDINGS[l.lang]?.test(first.text) === true && !hasKey(first, l, (k) => l.givenNames.has(k)) && !hasKey(after!, l, (k) => l.speechVerbs.has(k))
  if (local && kind === 'other' && words.length === 1 && after && /^\p{Ll}{3,}$/u.test(after.text) && isBodyName(local)) {
    return { mention: { start: first.start, end: after.end, kind }, next: end + 1 }
  }
  return { mention: { start: first.start, end: last.end, kind }, next: end }
}

/** A demonym, role, month or weekday of the article's language ("Поляки", "Prezydent", "Dezember"): not a name. */
function isLocalNotName(token: Token, local: LocalNames | undefined): boolean {
  return local !== undefined && hasKey(token, local, (k) => local.demonyms.has(k) || local.roles.has(k) || local.notNames.has(k))
}

/** The head noun of a body's name ("Министерства", "Рада"), in a language that capitalises only that word. */
function isBodyWord(token: Token, local: LocalNames): boolean {
  return local.bodies.size > 0 && hasKey(token, local, (k) => local.bodies.has(k))
}

/** A demonym or country adjective of the language, unless the word as written is a place name ("Polska"). */
function isLocalDemonym(token: Token, local: LocalNames): boolean {
  const keys = wordKeys(token.text, local.lang)
  return !local.byKey.has(keys[0]!) && keys.some((k) => local.demonyms.has(k))
}

function hasKey(token: Token, local: LocalNames, test: (key: string) => boolean): boolean {
  return wordKeys(token.text, local.lang).some(test)
}

/**
 * A one-word place or weapon followed by another capitalised word is the start of a different name: "Victoria
 * Toensing" is a person, "Patriot Coal" a company. Roles and demonyms after it do not count ("Belarus President").
 * Weapon names that are also ordinary words need a weapon cue nearby ("Patriot missiles"). In the inflecting
 * languages a place never starts a longer name: "Беларуси Лукашенко", "Rosji Władimir Putin" are a genitive
 * place before a person, not one name.
 */
function isPartOfLongerName(tokens: readonly Token[], i: number, known: { entry: GazetteerEntry; end: number }, reader: Reader): boolean {
  const { gazetteer } = reader
  const { entry, end } = known
  if (entry.kind === 'weapon' && entry.needsCue && !hasWeaponCue(tokens, i, end, gazetteer)) return true
  if (end - i !== 1 || (entry.kind !== 'place' && entry.kind !== 'weapon')) return false
  if (reader.local && entry.kind === 'place') return false
  const next = tokens[end]
  return next !== undefined && isCapitalised(next.text) && !isDescriptorWord(next, reader) && !NOT_NAMES.has(next.norm) && !gazetteer.byName.has(next.norm)
}

function longestGazetteerMatch(tokens: readonly Token[], i: number, reader: Reader): { entry: GazetteerEntry; end: number } | null {
  const { gazetteer, local } = reader
  let key = ''
  let best: { entry: GazetteerEntry; end: number } | null = null
  for (let j = i; j < tokens.length && j < i + gazetteer.maxWords + 2; j++) {
    const t = tokens[j]!
    // Punctuation ends a name: "Belarus," must not match as "Belarus" plus its comma.
    if (!/[\p{L}\p{N}]/u.test(t.text)) break
    key = key ? `${key} ${t.norm}` : t.norm
    const folded = foldName(key)
    const entry = gazetteer.byName.get(folded)
    // Short all-caps aliases ("US", "UN", "EU") only count when written in capitals: "us" is a pronoun.
    if (entry && (t.text.length > 3 || t.text === t.text.toUpperCase() || j > i)) best = { entry, end: j + 1 }
    if (!gazetteer.prefixes.has(folded)) break
  }
  if (!local) return best
  const inflected = longestLocalMatch(tokens, i, local)
  return inflected && (!best || inflected.end > best.end) ? inflected : best
}

/**
 * The longest gazetteer name at token i read in the article's language: each word by any of its stems, so
 * "Соединённых Штатах" is "Соединённые Штаты" and "Mińsku" is "Mińsk". Every word must be capitalised, except
 * all-capital abbreviations ("США") which are only taken as written.
 */
function longestLocalMatch(tokens: readonly Token[], i: number, local: LocalNames): { entry: GazetteerEntry; end: number } | null {
  let keys: string[] = ['']
  let best: { entry: GazetteerEntry; end: number } | null = null
  for (let j = i; j < tokens.length && j < i + local.maxWords; j++) {
    const t = tokens[j]!
    if (!/[\p{L}\p{N}]/u.test(t.text)) {
      // "Ростов-на-Дону", "Слов'янськ": hyphens and apostrophes inside a name are skipped, other punctuation ends it.
      if (/^[-\u2010\u2011'\u2019]$/u.test(t.text) && t.start === tokens[j - 1]?.end) continue
      break
    }
    const next: string[] = []
    for (const prefix of keys) {
      for (const k of wordKeys(t.text, local.lang)) {
        const key = prefix ? `${prefix} ${k}` : k
        const entry = local.byKey.get(key)
        if (entry && (t.text.length > 3 || /^\p{Lu}+$/u.test(t.text) || j > i)) best = { entry, end: j + 1 }
        if (local.prefixes.has(key)) next.push(key)
      }
    }
    if (next.length === 0) break
    keys = next
  }
  return best
}

/** Languages that capitalise every word of a body's official name. */
const CAPITALISES_BODY_NAMES = new Set(['pl'])

function capitalisedRunEnd(tokens: readonly Token[], i: number, reader: Reader): number {
  const { gazetteer, local } = reader
  let end = i + 1
  let j = i + 1
  // "Минздрава Саджид Джавид": a body's name has its first word capitalised only, so capitals after it start
  // another name; not in Polish, which capitalises every word of it ("Ministerstwo Spraw Zagranicznych").
  if (local && !CAPITALISES_BODY_NAMES.has(local.lang) && isBodyWord(tokens[i]!, local)) return end
  while (j < tokens.length) {
    const t = tokens[j]!
    if (isCapitalised(t.text) && !NOT_NAMES.has(t.norm)) {
      // In the inflecting languages neighbours in another case must not glue: a known place, a given name or a
      // role starts a new name ("Kremla Dmitrij Pieskow", "Президента Беларуси").
      if (local && (isLocalNotName(t, local) || longestGazetteerMatch(tokens, j, reader) || hasKey(t, local, (k) => local.givenNames.has(k)))) break
      end = j + 1
      j++
      continue
    }
    if (CONNECTORS.has(t.text) && t.text !== 'and' && !local) {
      // Accept connectors only when a capitalised word follows them: "Treaty on the Creation".
      let k = j
      while (k < tokens.length && CONNECTORS.has(tokens[k]!.text) && tokens[k]!.text !== 'and') k++
      // A person of a place is the person (a given name, then a surname): "Mitch McConnell of Kentucky".
      const personOfPlace =
        t.text === 'of' && tokens.slice(i, end - 1).some((w) => gazetteer.givenNames.has(w.norm)) && longestGazetteerMatch(tokens, k, reader)?.entry.kind === 'place'
      if (k < tokens.length && isCapitalised(tokens[k]!.text) && k - j <= 2 && !gazetteer.byDemonym.has(tokens[k]!.norm) && !personOfPlace) {
        j = k
        continue
      }
    }
    break
  }
  return end
}

function guessKind(tokens: readonly Token[], start: number, end: number, reader: Reader): EntityKind {
  const { gazetteer, local } = reader
  const words = tokens.slice(start, end)
  const head = words[words.length - 1]!.norm
  if (local) return guessLocalKind(tokens, start, end, reader, local)
  if (OTHER_HEADS.has(words[0]!.norm) || OTHER_HEADS.has(head)) return 'other'
  if (PLACE_HEADS.has(head) && words.length > 1) return 'place'
  if ((ORG_HEADS.has(head) && words.length > 1) || (words.length === 1 && ORG_WORDS.has(head))) return 'organization'
  if (words.length === 1 && /^[A-Z]{2,6}$/.test(words[0]!.text)) return 'organization'
  if (hasWeaponCue(tokens, start, end, gazetteer)) return 'weapon'
  if (gazetteer.givenNames.has(words[0]!.norm) && words.length >= 2) return 'person'
  // A known person's surname alone ("the Biden administration", "Zelensky said") is that person.
  if (words.length === 1 && peopleBySurname().has(foldName(words[0]!.text))) return 'person'
  if (isPrecededByRole(tokens, start, gazetteer) || isFollowedBySpeech(tokens, end)) return 'person'
  // "in Springfield, Illinois": a preposition of place before, or a known place after a comma.
  const before = tokens[start - 1]
  const afterComma = tokens[end]?.text === ',' ? tokens[end + 1] : undefined
  if (afterComma && gazetteer.byName.get(afterComma.norm)?.kind === 'place') return 'place'
  if (before && PLACE_PREPOSITIONS.has(before.norm) && words.length <= 3) return 'place'
  return 'other'
}

/**
 * The kind of an unknown name in uk/ru/be/pl/cs/de, from the language's own cues: a given name or a known person's
 * surname, a role noun before it ("президент Лукашенко"), a reporting verb after it ("Łukaszenka powiedział"), a
 * preposition of place before it ("в Гродно"); capitals only ("МВД", "PAP") are organisations.
 */
function guessLocalKind(tokens: readonly Token[], start: number, end: number, reader: Reader, local: LocalNames): EntityKind {
  const words = tokens.slice(start, end)
  // Capitals only ("МИД", "ФРГ", "PAP") are abbreviations of bodies and states, even after a role ("глава МИД").
  if (words.length === 1 && /^\p{Lu}{2,6}$/u.test(words[0]!.text)) return 'organization'
  if (isBodyWord(words[0]!, local)) return 'organization'
  // German writes a body as one compound: "Bundesregierung", "Verteidigungsministeriums", "Landgericht". The head
  // alone is a common noun ("die Regierung", "die Polizei"), no name: German capitalises every noun.
  if (local.lang === 'de' && words.length === 1 && (GERMAN_BODY_HEAD.exec(words[0]!.text)?.index ?? 0) > 0) return 'organization'
  if (hasWeaponCue(tokens, start, end, reader.gazetteer)) return 'weapon'
  if (words.length >= 2 && hasKey(words[0]!, local, (k) => local.givenNames.has(k))) return 'person'
  if (hasKey(words[words.length - 1]!, local, (k) => local.people.has(k))) return 'person'
  const before = tokens[start - 1]
  if (before && hasKey(before, local, (k) => local.roles.has(k))) return 'person'
  for (let j = end; j < Math.min(tokens.length, end + 2); j++) {
    if (hasKey(tokens[j]!, local, (k) => local.speechVerbs.has(k))) return 'person'
  }
  if (before && LOCAL_PLACE_PREPOSITIONS[local.lang]?.has(before.text.toLowerCase()) && words.length <= 3) return 'place'
  return 'other'
}

/** Heads of German compounds that name a body (with a genitive -s): government, ministry, office, party, court… */
const GERMAN_BODY_HEAD = /(regierung|ministerium|amt|partei|gericht|behörde|verband|kommission|agentur|polizei|bundeswehr|parlament|bundestag|bundesrat|verwaltung|konzern|stiftung|institut)(e?s)?$/i

/**
 * German nouns that stand before a company's or a body's name as its description ("der Netzbetreiber Fingrid", "der
 * Autobauer Volkswagen", "die Nachrichtenagentur dpa", "der Energiekonzern RWE"), alone or as a compound's head.
 */
const GERMAN_COMPANY_NOUN = /(betreiber|konzern|hersteller|autobauer|flugzeugbauer|anbieter|sender|zeitung|magazin|agentur|unternehmen|firma|fluggesellschaft|airline|reederei|dienst|verband|organisation|gruppe|großbank|versicherer|händler|riese|plattform|dienstleister|verlag|partei)(e?s|en|n)?$/i

/** "missile complex Oreshnik", "Oreshnik ballistic missiles", "the Oreshnyk missile complex". */
function hasWeaponCue(tokens: readonly Token[], start: number, end: number, gazetteer: Gazetteer): boolean {
  const window = [...tokens.slice(Math.max(0, start - 3), start), ...tokens.slice(end, end + 3)]
  return window.some((t) => gazetteer.weaponCues.has(t.norm))
}

/**
 * A role noun, singular or English plural: alone it is a description of people, not a name ("Officials said",
 * "Experts warn", "Analysts expect" open sentences; wink's tagger calls such a word a proper noun).
 */
function isRoleNoun(norm: string, gazetteer: Gazetteer): boolean {
  if (gazetteer.roles.has(norm)) return true
  if (!norm.endsWith('s') || norm.length < 4) return false
  const singulars = norm.endsWith('ies') ? [`${norm.slice(0, -3)}y`] : norm.endsWith('es') ? [norm.slice(0, -1), norm.slice(0, -2)] : [norm.slice(0, -1)]
  return singulars.some((s) => gazetteer.roles.get(s)?.isTitle === false)
}

function isPrecededByRole(tokens: readonly Token[], start: number, gazetteer: Gazetteer): boolean {
  const previous = tokens[start - 1]
  return previous !== undefined && gazetteer.roles.has(previous.norm)
}

function isFollowedBySpeech(tokens: readonly Token[], end: number): boolean {
  for (let j = end; j < Math.min(tokens.length, end + 3); j++) {
    const t = tokens[j]!
    if (SPEECH_VERB_FORMS.has(t.norm) || (t.pos === 'VERB' && SPEECH_VERBS.has(t.lemma))) return true
    if (t.pos !== 'ADV' && t.pos !== 'AUX') return false
  }
  return false
}

function isDescriptorWord(token: Token, reader: Reader): boolean {
  const { gazetteer, local } = reader
  if (local && hasKey(token, local, (k) => local.demonyms.has(k) || local.roles.has(k))) return true
  return gazetteer.byDemonym.has(token.norm) || gazetteer.roles.has(token.norm) || /^(mr|mrs|ms|dr|sen|rep|gov|gen|col|lt|sgt|prof)\.?$/i.test(token.text)
}

/** True when nothing but punctuation precedes token i in its sentence; in a local language, also after a colon, an opening quote or a dash. */
function isSentenceInitial(tokens: readonly Token[], i: number, local?: LocalNames): boolean {
  if (local && i > 0 && CLAUSE_OPENERS.has(tokens[i - 1]!.text)) return true
  for (let j = i - 1; j >= 0; j--) {
    if (startsWithLetterOrDigit(tokens[j]!.text)) return false
  }
  return true
}

function isNameLike(token: Token, reader: Reader): boolean {
  const { local, midSentenceCapitals } = reader
  // wink's tagger reads English only: in another language a word is a name when the article also capitalises it
  // mid-sentence (in any case form), or when it is a known given name or person. One letter is a preposition or
  // a conjunction ("В", "І", "W", "Z").
  // Given names and known people only as written: "Тому" (so, therefore) is also the dative of Том.
  if (local) {
    const keys = wordKeys(token.text, local.lang)
    return token.text.length > 1 && (localStems(token, local).some((k) => midSentenceCapitals.has(k)) || local.givenNames.has(keys[0]!) || local.people.has(keys[0]!))
  }
  if (FUNCTION_WORDS.has(token.norm)) return false
  return token.pos === 'PROPN' || midSentenceCapitals.has(token.norm)
}

/**
 * Whether a lone capitalised word opening a sentence is a word, not a name. In a local language it is a name when
 * the article capitalises it mid-sentence or people.json knows it, not because a given name folds like it (Czech
 * "Mít", to have, is no "Mitt"). In English it is a word when the article also writes it in lower case and never
 * capitalises it mid-sentence ("Officials said …"): wink's tagger often calls such a word a proper noun.
 */
function isWordNotName(token: Token, reader: Reader): boolean {
  const { local, midSentenceCapitals } = reader
  if (local) return !localStems(token, local).some((k) => midSentenceCapitals.has(k)) && !hasKey(token, local, (k) => local.people.has(k))
  return !midSentenceCapitals.has(token.norm) && reader.lowerCaseWords.has(token.norm)
}

/** Stems in the text's own script: folding would make "Крім" (besides) one with "Криму" (Crimea). */
function localStems(token: Token, local: LocalNames): readonly string[] {
  return nameStems(token.text.toLowerCase(), local.lang, true)
}

function collectMidSentenceCapitals(sentences: readonly Sentence[], local: LocalNames | undefined): Set<string> {
  const seen = new Set<string>()
  for (const s of sentences) {
    for (const [i, t] of s.tokens.entries()) {
      if (i > 0 && isCapitalised(t.text) && !isSentenceInitial(s.tokens, i, local)) {
        if (local) for (const k of localStems(t, local)) seen.add(k)
        else seen.add(t.norm)
      }
    }
  }
  return seen
}

function collectLowerCaseWords(sentences: readonly Sentence[]): Set<string> {
  const seen = new Set<string>()
  for (const s of sentences) {
    for (const t of s.tokens) {
      const c = t.text.charCodeAt(0)
      if (c >= 97 && c <= 122) seen.add(t.norm)
    }
  }
  return seen
}

// These run for every token of every article: ASCII first letters are tested without a Unicode regex.
function isCapitalised(text: string): boolean {
  const c = text.charCodeAt(0)
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(text)
}

function startsWithLetterOrDigit(text: string): boolean {
  const c = text.charCodeAt(0)
  return c < 128 ? (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : /^[\p{L}\p{N}]/u.test(text)
}
