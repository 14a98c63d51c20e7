import type { ArticleSpan, Entity, EntityKind } from '../../model/index.js'
import { foldName, isSameNameWord, nameWordMatcher } from '../text/index.js'
import type { Gazetteer } from './gazetteer.js'
import type { NameMention } from './find-mentions.js'
import type { Descriptor } from './find-descriptors.js'

/** What the per-article stage found in one article, as input to merging. */
export interface ArticleNames {
  readonly articleId: string
  readonly mentions: readonly NameMention[]
  readonly descriptors: readonly Descriptor[]
  /** Names found in removed captions: they count as spellings of an entity but have no span in the text. */
  readonly captionNames: readonly { readonly text: string; readonly kind: EntityKind }[]
}

interface Member {
  readonly articleId: string
  readonly text: string
  readonly words: readonly string[]
  readonly kind: EntityKind
  readonly gazetteerId?: string
  readonly span?: { readonly start: number; readonly end: number; readonly index: number }
}

interface Cluster {
  readonly key: string
  readonly gazetteerId?: string
  readonly members: Member[]
  /** One member per distinct spelling: matching looks at spellings, not at every mention. */
  readonly spellings: Member[]
}

function addMember(c: Cluster, m: Member): void {
  if (!c.spellings.some((s) => s.text === m.text)) c.spellings.push(m)
  c.members.push(m)
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
      members.push({ articleId: a.articleId, text: m.text, words: words(m.text), kind: m.kind, span: { start: m.start, end: m.end, index }, ...gid(m) })
    }
    for (const c of a.captionNames) members.push({ articleId: a.articleId, text: c.text, words: words(c.text), kind: c.kind })
  }
  const clusters: Cluster[] = []
  const byGazetteer = new Map<string, Cluster>()
  const pending: Member[] = []
  // "Bloomberg" alone is the news agency in the gazetteer, but in a story that names "Michael Bloomberg" it is him.
  const isSurnameWord = nameWordMatcher([...new Set(members.filter((m) => m.words.length >= 2 && isPersonish(m, gazetteer)).map(last))])
  for (const m of members) {
    const isSurname = m.kind !== 'place' && m.words.length === 1 && isSurnameWord(m.words[0]!)
    const id = isSurname ? undefined : m.gazetteerId
    if (!id) {
      pending.push(m)
      continue
    }
    let cluster = byGazetteer.get(id)
    if (!cluster) {
      cluster = { key: id, gazetteerId: id, members: [], spellings: [] }
      byGazetteer.set(id, cluster)
      clusters.push(cluster)
    }
    addMember(cluster, m)
  }
  // Full names first, so that lone surnames find the person they belong to.
  pending.sort((a, b) => b.words.length - a.words.length)
  // A spelling seen before goes where it went then: a long article repeats its names hundreds of times.
  const homeOf = new Map<string, Cluster>()
  for (const m of pending) {
    const seen = homeOf.get(`${m.kind}|${m.text}`)
    const home = seen ?? clusters.find((c) => belongsTo(m, c, gazetteer))
    if (home) addMember(home, m)
    else clusters.push({ key: m.words.join(' '), members: [m], spellings: [m] })
    homeOf.set(`${m.kind}|${m.text}`, home ?? clusters[clusters.length - 1]!)
  }
  return clusters
    .map((c) => toEntity(c, articles, gazetteer))
    .filter((e): e is Omit<Entity, 'id'> => e !== null)
    .sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name))
    .map((e, i) => ({ id: `e${i + 1}`, ...e }))
}

function gid(m: NameMention): { gazetteerId?: string } {
  return m.gazetteerId ? { gazetteerId: m.gazetteerId } : {}
}

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean)
}

function isPersonish(m: Member, gazetteer: Gazetteer): boolean {
  return m.kind === 'person' || (m.words.length >= 2 && gazetteer.givenNames.has(foldName(m.words[0]!)))
}

function belongsTo(m: Member, c: Cluster, gazetteer: Gazetteer): boolean {
  const head = c.spellings[0]!
  if (c.gazetteerId) {
    // Only inflected/transliterated single words join a gazetteer entity ("Oreshniks", "Oreshnyk").
    return m.words.length === 1 && head.words.length === 1 && (head.kind === 'weapon' || head.kind === 'organization') && isSameNameWord(m.words[0]!, head.words[0]!)
  }
  const full = c.spellings.filter((x) => x.words.length >= 2)
  if (m.words.length >= 2) {
    if (isPersonish(m, gazetteer) && full.some((x) => isPersonish(x, gazetteer))) {
      return full.some((x) => isSameNameWord(last(x), last(m)) && isSameNameWord(x.words[0]!, m.words[0]!))
    }
    return c.spellings.some((x) => x.words.length === m.words.length && x.words.every((w, i) => isSameNameWord(w, m.words[i]!)))
  }
  // A lone word: a person's surname, or the same single-word name.
  const word = m.words[0]!
  if (full.length > 0) return full.some((x) => isPersonish(x, gazetteer) && isSameNameWord(last(x), word))
  return c.spellings.some((x) => x.words.length === 1 && isSameNameWord(x.words[0]!, word))
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
  mentions.sort((a, b) => a.articleId.localeCompare(b.articleId) || a.start - b.start)
  const kind = settleKind(c, gazetteer)
  const variants = [...new Set(c.members.map((m) => m.text))]
  const descriptors: Record<string, ArticleSpan[]> = {}
  for (const article of articles) {
    const indices = new Set(c.members.filter((m) => m.articleId === article.articleId && m.span).map((m) => m.span!.index))
    const found = article.descriptors.filter((d) => indices.has(d.target))
    if (found.length > 0) descriptors[article.articleId] = found.map((d) => ({ articleId: article.articleId, start: d.start, end: d.end, text: d.text }))
  }
  return { name: canonicalName(c, kind, gazetteer), kind, variants, mentions, descriptors }
}

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
 */
function canonicalName(c: Cluster, kind: EntityKind, gazetteer: Gazetteer): string {
  const entry = c.gazetteerId ? gazetteer.byId.get(c.gazetteerId) : undefined
  if (entry) return entry.name
  const count = (texts: readonly string[]): [string, number][] => {
    const counts = new Map<string, number>()
    for (const t of texts) counts.set(t, (counts.get(t) ?? 0) + 1)
    // Ties go to the plainer spelling (ASCII), then alphabetical for determinism.
    return [...counts.entries()].sort((a, b) => b[1] - a[1] || ascii(b[0]) - ascii(a[0]) || a[0].localeCompare(b[0]))
  }
  const inText = c.members.filter((m) => m.span)
  if (kind === 'person') {
    const surname = count(c.members.map(last))[0]?.[0] ?? ''
    const given = count(c.members.filter((m) => m.words.length >= 2).map((m) => m.words[0]!))
    given.sort((a, b) => Number(gazetteer.englishGivenNames.has(foldName(b[0]))) - Number(gazetteer.englishGivenNames.has(foldName(a[0]))))
    const first = given[0]?.[0]
    return first ? `${first} ${surname}` : surname
  }
  return count(inText.map((m) => m.text))[0]?.[0] ?? c.members[0]!.text
}

function ascii(text: string): number {
  return /^[\x20-\x7e]*$/.test(text) ? 1 : 0
}
