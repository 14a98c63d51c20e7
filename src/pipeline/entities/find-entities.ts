import type { Mention, Sentence } from '../../model/index.js'
import { findDescriptors, type Descriptor } from './find-descriptors.js'
import { nameWordMatcher } from '../text/index.js'
import { findNameMentions, type NameMention } from './find-mentions.js'
import type { Gazetteer } from './gazetteer.js'

/** The entity layer of one article: names, role phrases, and the flat mention list of `AnalyzedArticle`. */
export interface ArticleEntities {
  readonly names: readonly NameMention[]
  readonly descriptors: readonly Descriptor[]
  /** Names plus standalone role phrases resolved to a name ("the leader"), sorted by start. */
  readonly mentions: readonly Mention[]
}

/**
 * People are referred to by surname after the first mention; organisations and places rarely by their last word.
 * So a lone word that is the surname of a person named in full is that person ("Gupta"; also after "from", which
 * made it a place, unless the gazetteer knows the place), and an untyped name of
 * two to four words whose last word also stands alone in the article is a person ("Bettie Page" … "Page").
 */
function withSurnamesTyped(names: readonly NameMention[], lang?: string): NameMention[] {
  const lastWord = (n: NameMention): string => n.text.split(/\s+/).pop()!
  const loneWords = new Set(names.filter((n) => !n.text.includes(' ') && n.kind === 'other').map((n) => n.text))
  const isPerson = (n: NameMention): boolean => {
    const words = n.text.split(/\s+/).length
    return n.kind === 'person' || (n.kind === 'other' && words >= 2 && words <= 4 && loneWords.has(lastWord(n)))
  }
  const isSurnameWord = nameWordMatcher([...new Set(names.filter((n) => n.text.includes(' ') && isPerson(n)).map(lastWord))], lang)
  return names.map((n) => {
    // A place only guessed from a preposition ("the proposal from Manchin") yields to a surname; a known place does not.
    if (n.kind === 'person' || (n.kind === 'place' && n.gazetteerId !== undefined)) return n
    const isSurname = !n.text.includes(' ') && isSurnameWord(n.text)
    if (n.kind === 'place') return isSurname ? { ...n, kind: 'person' } : n
    return isSurname || isPerson(n) ? { ...n, kind: 'person' } : n
  })
}

/**
 * Finds the named entities of one article and the role phrases that describe them. `lang` is the article's
 * language (`Article.language`): in uk, ru, be, pl, cs and de names are read in their case forms; English and
 * unknown languages are read as English.
 */
export function findEntities(text: string, sentences: readonly Sentence[], gazetteer: Gazetteer, lang?: string): ArticleEntities {
  const typed = withSurnamesTyped(findNameMentions(text, sentences, gazetteer, lang), lang)
  // German capitalises every noun: a capitalised word no cue types ("Stationierung", "Grenze") is a noun, not a name.
  const names = lang === 'de' ? typed.filter((n) => n.kind !== 'other' || n.gazetteerId !== undefined) : typed
  const descriptors = findDescriptors(text, sentences, names, gazetteer, lang)
  const mentions: Mention[] = names.map((n) => ({ start: n.start, end: n.end, text: n.text, kind: n.kind, form: 'name' as const }))
  for (const d of descriptors) {
    if (d.isAlias) mentions.push({ start: d.start, end: d.end, text: d.text, kind: names[d.target]?.kind ?? 'person', form: 'alias' })
  }
  mentions.sort((a, b) => a.start - b.start)
  return { names, descriptors, mentions }
}
