import type { ArticleSpan, Span } from './span.js'

export type EntityKind = 'person' | 'place' | 'organization' | 'weapon' | 'event' | 'other'

/** One occurrence of a name (or of a pronoun/role resolved to it) in one article. */
export interface Mention extends Span {
  readonly text: string
  readonly kind: EntityKind
  /** 'name' for a proper name, 'alias' for a description ("the leader") or pronoun resolved to an entity. */
  readonly form: 'name' | 'alias'
}

/** An entity merged across spellings, scripts and articles. */
export interface Entity {
  readonly id: string
  /** The fullest, most frequent Latin-script spelling. */
  readonly name: string
  readonly kind: EntityKind
  readonly variants: readonly string[]
  readonly mentions: readonly ArticleSpan[]
  /** How each outlet refers to it beyond its name: "Belarusian dictator", "the leader". Keyed by article id. */
  readonly descriptors: Readonly<Record<string, readonly ArticleSpan[]>>
}
