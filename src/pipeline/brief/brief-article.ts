import type { FramingSpan, Sentence } from '../../model/index.js'

/** What the brief needs to know about one article. */
export interface BriefArticle {
  readonly id: string
  readonly outlet: string
  /** Language of the article (BCP-47 primary subtag). */
  readonly language: string
  readonly text: string
  /** Framing load of the whole article: breaks ties between equally good renderings of one fact. */
  readonly framingScore: number
  readonly framing: readonly FramingSpan[]
  /** Person references to rewrite: names, role phrases ("the leader") and pronouns, with the canonical name. */
  readonly people: readonly { readonly start: number; readonly end: number; readonly canonical: string; readonly form: 'name' | 'alias' | 'pronoun' }[]
  /** Sentences with tokens: the brief is written in whole sentences. */
  readonly sentences: readonly Sentence[]
  /** Role phrases that describe a name, with the name's span: removed along with any label. */
  readonly descriptors: readonly { readonly start: number; readonly end: number; readonly nameStart: number }[]
  /** Spans of reported speech: a fact stated only as speech is written as "X said: …". */
  readonly speech: readonly { readonly start: number; readonly end: number; readonly speaker: string | null; readonly marked: boolean }[]
}
