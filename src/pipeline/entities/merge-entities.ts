import type { ArticleSpan, Entity, EntityKind } from '../../model/index.js'
import { compareText, foldName, isInflectingLanguage, isSameNameWord, nameWordIndex } from '../text/index.js'
import { memoizeByObject } from '../memoize.js'
import { pushTo } from '../push-to.js'
import type { Gazetteer } from './gazetteer.js'
import { localNames, peopleBySurname, wordKeys, type KnownPerson } from './local-names.js'
import type { NameMention } from './find-mentions.js'
import type { Descriptor } from './find-descriptors.js'

/** What the per-article stage found in one article, as input to merging. */
export interface ArticleNames {
  readonly articleId: string
  readonly mentions: readonly NameMention[]
  readonly descriptors: readonly Descriptor[]
  /** Names found in removed captions: they count as spellings of an entity but have no span in the text. */
  readonly captionNames: readonly { readonly text: string; readonly kind: EntityKind }[]
  /** The article's language (`Article.language`): names in uk, ru, be, pl, cs, de are compared in their case forms. */
  readonly lang?: string
}

interface Member {
  readonly articleId: string
  readonly lang: string | undefined
  readonly text: string
  readonly words: readonly string[]
  readonly kind: EntityKind
  readonly gazetteerId?: string
  readonly span?: { readonly start: number; readonly end: number; readonly index: number }
}

interface Cluster {
  /** Position in the list of clusters: the first cluster a name belongs to wins. */
  readonly order: number
  readonly key: string
  readonly gazetteerId?: string
  readonly members: Member[]
  /** One member per distinct spelling: matching looks at spellings, not at every mention. */
  readonly spellings: Member[]
}

/** Adds the member; true when its spelling is new to the cluster. */
function addMember(c: Cluster, m: Member): boolean {
  const isNew = !c.spellings.some((s) => s.text === m.text)
  if (isNew) c.spellings.push(m)
  c.members.push(m)
  return isNew
}

/**
 * Merges name mentions across articles into entities: gazetteer names by id; person names by surname
 * (Lukashenko / Lukashenka / Łukaszenka) with compatible given names; other names word by word; a lone
 * surname joins the person it names. Canonical names prefer the gazetteer, then English conventions.
 */
export function mergeEntities(articles: readonly ArticleNames[], gazetteer: Gazetteer): Entity[] {
  const members: Member[] = []
  for (const a of articles) {
    for (const [index, m] of a.mentions.entries()) {
      members.push({ articleId: a.articleId, lang: a.lang, text: m.text, words: words(m.text), kind: m.kind, span: { start: m.start, end: m.end, index }, ...gid(m) })
    }
    for (const c of a.captionNames) members.push({ articleId: a.articleId, lang: a.lang, text: c.text, words: words(c.text), kind: c.kind })
  }
  const clusters: Cluster[] = []
  // Every way a name joins a cluster (belongsTo) compares its last word with the last word of one of the
  // cluster's spellings, so only clusters with a spelling whose last word is near are tested: testing every
  // cluster made merging quadratic in a long text's names. The first cluster that takes the name still wins.
  const byLastWord = nameWordIndex()
  const join = (c: Cluster, m: Member): void => {
    if (addMember(c, m)) byLastWord.add(c.order, last(m), m.lang)
  }
  const byGazetteer = new Map<string, Cluster>()
  const pending: Member[] = []
  // "Bloomberg" alone is the news agency in the gazetteer, but in a story that names "Michael Bloomberg" it is him.
  const isSurnameWord = surnameMatcher(members.filter((m) => m.words.length >= 2 && isPersonish(m, gazetteer)))
  for (const m of members) {
    const isSurname = m.kind !== 'place' && m.words.length === 1 && isSurnameWord(m.words[0]!, m.lang)
    const id = isSurname ? undefined : m.gazetteerId
    if (!id) {
      pending.push(m)
      continue
    }
    let cluster = byGazetteer.get(id)
    if (!cluster) {
      cluster = { order: clusters.length, key: id, gazetteerId: id, members: [], spellings: [] }
      byGazetteer.set(id, cluster)
      clusters.push(cluster)
    }
    join(cluster, m)
  }
  // Full names first, so that lone surnames find the person they belong to.
  pending.sort((a, b) => b.words.length - a.words.length)
  // A spelling seen before goes where it went then: a long article repeats its names hundreds of times.
  const homeOf = new Map<string, Cluster>()
  for (const m of pending) {
    const seen = homeOf.get(`${m.kind}|${m.lang}|${m.text}`)
    const home = seen ?? (m.words.length === 0 ? clusters : byLastWord.candidates(last(m), m.lang).map((i) => clusters[i]!)).find((c) => belongsTo(m, c, gazetteer))
    if (home) join(home, m)
    else {
      const cluster: Cluster = { order: clusters.length, key: m.words.join(' '), members: [], spellings: [] }
      clusters.push(cluster)
      join(cluster, m)
    }
    homeOf.set(`${m.kind}|${m.lang}|${m.text}`, home ?? clusters[clusters.length - 1]!)
  }
  return joinKnownPeople(clusters, gazetteer)
    .map((c) => toEntity(c, articles, gazetteer))
    .filter((e): e is Omit<Entity, 'id'> => e !== null)
    .sort((a, b) => b.mentions.length - a.mentions.length || compareText(a.name, b.name))
    .map((e, i) => ({ id: `e${i + 1}`, ...e }))
}

function gid(m: NameMention): { gazetteerId?: string } {
  return m.gazetteerId ? { gazetteerId: m.gazetteerId } : {}
}

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean)
}

/** "is this lone word the surname of one of these people", remembered per spelling and language. */
function surnameMatcher(people: readonly Member[]): (word: string, lang: string | undefined) => boolean {
  const surnames = [...new Map(people.map((m) => [`${m.lang}|${last(m)}`, m] as const)).values()]
  const index = nameWordIndex()
  surnames.forEach((p, i) => index.add(i, last(p), p.lang))
  const known = new Map<string, boolean>()
  return (word, lang) => {
    const key = `${lang}|${word}`
    let isMatch = known.get(key)
    if (isMatch === undefined) {
      isMatch = index.candidates(word, lang).some((i) => isSameNameWord(last(surnames[i]!), word, surnames[i]!.lang, lang))
      known.set(key, isMatch)
    }
    return isMatch
  }
}

function isPersonish(m: Member, gazetteer: Gazetteer): boolean {
  return m.kind === 'person' || (m.words.length >= 2 && isGivenName(m.words[0]!, m.lang, gazetteer))
}

function isGivenName(word: string, lang: string | undefined, gazetteer: Gazetteer): boolean {
  const local = localNames(gazetteer, lang)
  return local ? wordKeys(word, local.lang).some((k) => local.givenNames.has(k)) : gazetteer.givenNames.has(foldName(word))
}

function sameWord(a: Member, wa: string, b: Member, wb: string): boolean {
  return isSameNameWord(wa, wb, a.lang, b.lang)
}

function belongsTo(m: Member, c: Cluster, gazetteer: Gazetteer): boolean {
  const head = c.spellings[0]!
  if (c.gazetteerId) {
    // Only inflected/transliterated single words join a gazetteer entity ("Oreshniks", "Oreshnyk").
    return m.words.length === 1 && head.words.length === 1 && (head.kind === 'weapon' || head.kind === 'organization') && sameWord(m, m.words[0]!, head, head.words[0]!)
  }
  const full = c.spellings.filter((x) => x.words.length >= 2)
  if (m.words.length >= 2) {
    if (isPersonish(m, gazetteer) && full.some((x) => isPersonish(x, gazetteer))) {
      return full.some((x) => sameWord(x, last(x), m, last(m)) && sameWord(x, x.words[0]!, m, m.words[0]!))
    }
    return c.spellings.some((x) => x.words.length === m.words.length && x.words.every((w, i) => sameWord(x, w, m, m.words[i]!)))
  }
  // A lone word: a person's surname, or the same single-word name.
  const word = m.words[0]!
  if (full.length > 0) return full.some((x) => isPersonish(x, gazetteer) && sameWord(x, last(x), m, word))
  return c.spellings.some((x) => x.words.length === 1 && sameWord(x, x.words[0]!, m, word))
}

function last(m: Member): string {
  return m.words[m.words.length - 1]!
}

function toEntity(c: Cluster, articles: readonly ArticleNames[], gazetteer: Gazetteer): Omit<Entity, 'id'> | null {
  const mentions: ArticleSpan[] = []
  for (const m of c.members) {
    if (m.span) mentions.push({ articleId: m.articleId, start: m.span.start, end: m.span.end, text: m.text })
  }
  if (mentions.length === 0) return null
  mentions.sort((a, b) => compareText(a.articleId, b.articleId) || a.start - b.start)
  const kind = settleKind(c, gazetteer)
  const variants = [...new Set(c.members.map((m) => m.text))]
  const descriptors: Record<string, ArticleSpan[]> = {}
  for (const article of articles) {
    const indices = new Set(c.members.filter((m) => m.articleId === article.articleId && m.span).map((m) => m.span!.index))
    // The article's descriptors of these mentions, in the article's order: looked up by target, as a pass over
    // all descriptors per entity was quadratic in a long text.
    const byTarget = descriptorsByTarget(article.descriptors)
    const found = [...indices].flatMap((index) => byTarget.get(index) ?? []).sort((a, b) => a - b).map((i) => article.descriptors[i]!)
    if (found.length > 0) descriptors[article.articleId] = found.map((d) => ({ articleId: article.articleId, start: d.start, end: d.end, text: d.text }))
  }
  return { name: canonicalName(c, kind, gazetteer), kind, variants, mentions, descriptors }
}

/** Positions of an article's descriptors by the name mention each describes. */
const descriptorsByTarget = memoizeByObject((descriptors: readonly Descriptor[]): Map<number, number[]> => {
  const byTarget = new Map<number, number[]>()
  descriptors.forEach((d, i) => pushTo(byTarget, d.target, i))
  return byTarget
})

function settleKind(c: Cluster, gazetteer: Gazetteer): EntityKind {
  if (c.gazetteerId) return gazetteer.byId.get(c.gazetteerId)?.kind ?? 'other'
  if (c.members.some((m) => isPersonish(m, gazetteer))) return 'person'
  const votes = new Map<EntityKind, number>()
  for (const m of c.members) if (m.kind !== 'other') votes.set(m.kind, (votes.get(m.kind) ?? 0) + 1)
  const ranked = [...votes.entries()].sort((a, b) => b[1] - a[1])
  return ranked[0]?.[0] ?? 'other'
}

/**
 * Gazetteer entities keep their reference name. A person gets the given name most common in English usage
 * ("Alexander" over "Oleksandr") and the most frequent surname spelling; anything else its most frequent form.
 * Spellings from English articles come first, then Latin-script ones, so "Лукашенко" and "Путиным" are shown as
 * "Lukashenko" and "Putin" when one article has those; a person in people.json named only in other languages
 * gets the English name there ("Лукашенку" → "Alexander Lukashenko").
 */
function canonicalName(c: Cluster, kind: EntityKind, gazetteer: Gazetteer): string {
  const entry = c.gazetteerId ? gazetteer.byId.get(c.gazetteerId) : undefined
  if (entry) return entry.name
  const count = (items: readonly { text: string; lang: string | undefined }[]): [string, number][] => {
    const counts = new Map<string, number>()
    const rank = new Map<string, number>()
    for (const { text, lang } of items) {
      counts.set(text, (counts.get(text) ?? 0) + 1)
      rank.set(text, Math.max(rank.get(text) ?? 0, scriptRank(text, lang)))
    }
    // Ties go to the plainer spelling (ASCII), then alphabetical for determinism.
    return [...counts.entries()].sort(
      (a, b) => rank.get(b[0])! - rank.get(a[0])! || b[1] - a[1] || ascii(b[0]) - ascii(a[0]) || compareText(a[0], b[0]),
    )
  }
  const inText = c.members.filter((m) => m.span)
  if (kind === 'person') {
    const known = c.members.some((m) => localNames(gazetteer, m.lang)) && !c.members.some((m) => scriptRank(m.text, m.lang) === 2) ? knownPerson(c, gazetteer) : undefined
    if (known) return known
    const surname = count(c.members.map((m) => ({ text: last(m), lang: m.lang })))[0]?.[0] ?? ''
    const given = count(c.members.filter((m) => m.words.length >= 2).map((m) => ({ text: m.words[0]!, lang: m.lang })))
    given.sort((a, b) => Number(gazetteer.englishGivenNames.has(foldName(b[0]))) - Number(gazetteer.englishGivenNames.has(foldName(a[0]))))
    const first = given[0]?.[0]
    return first ? `${first} ${surname}` : surname
  }
  return count(inText.map((m) => ({ text: m.text, lang: m.lang })))[0]?.[0] ?? c.members[0]!.text
}

/** 2: a spelling from an English (or unknown-language) article; 1: Latin script elsewhere; 0: another script. */
function scriptRank(text: string, lang: string | undefined): number {
  if (/(?!\p{Script=Latin})\p{L}/u.test(text)) return 0
  return isInflectingLanguage(lang) ? 1 : 2
}

/**
 * Person clusters that name one people.json person are one entity, however far apart their spellings are for the
 * name matcher ("Světlana Cichanouská", "Swetlana Tichanowskaja", "Sviatlana Tsikhanouskaya"): the gazetteer lists
 * them as one person. The first cluster of each person takes the others' members.
 */
function joinKnownPeople(clusters: readonly Cluster[], gazetteer: Gazetteer): Cluster[] {
  const byPerson = new Map<string, Cluster>()
  const out: Cluster[] = []
  for (const c of clusters) {
    const person = c.gazetteerId === undefined && settleKind(c, gazetteer) === 'person' ? knownPerson(c, gazetteer, true) : undefined
    const home = person === undefined ? undefined : byPerson.get(person)
    if (home) {
      for (const m of c.members) addMember(home, m)
      continue
    }
    if (person !== undefined) byPerson.set(person, c)
    out.push(c)
  }
  return out
}

/**
 * The English name of the people.json person the cluster names, if exactly one: by surname, and by given name too
 * when the cluster has one ("Виктор Лукашенко" is not Alexander Lukashenko). Spellings of an article in a language
 * without a local reading (English) are looked up as written, when `withLatin`.
 */
function knownPerson(c: Cluster, gazetteer: Gazetteer, withLatin = false): string | undefined {
  const candidates = new Set<KnownPerson>()
  for (const m of c.spellings) {
    const local = localNames(gazetteer, m.lang)
    if (local) for (const k of wordKeys(last(m), local.lang)) for (const person of local.people.get(k) ?? []) candidates.add(person)
    else if (withLatin) for (const person of peopleBySurname().get(foldName(last(m))) ?? []) candidates.add(person)
  }
  const full = c.spellings.filter((m) => m.words.length >= 2)
  const fits = [...candidates].filter(
    (person) => full.length === 0 || full.some((m) => person.givenNames.some((g) => isSameNameWord(g, m.words[0]!, undefined, m.lang))),
  )
  // One person may come from several languages' tables: compare by name.
  const names = new Set(fits.map((p) => p.name))
  return names.size === 1 ? [...names][0] : undefined
}

function ascii(text: string): number {
  return /^[\x20-\x7e]*$/.test(text) ? 1 : 0
}
