import type { Span } from './span.js'

/** A token of `Article.text`. `pos` is a Universal POS tag ("PROPN", "VERB", ...). */
export interface Token extends Span {
  readonly text: string
  readonly pos: string
  /** Lower-cased, diacritic-folded form used for matching. */
  readonly norm: string
  /** Dictionary form, lower-cased ("said" → "say", "troops" → "troop"). */
  readonly lemma: string
}

export interface Sentence extends Span {
  readonly text: string
  /** Index of the paragraph (blocks split by blank lines) this sentence belongs to. */
  readonly paragraph: number
  readonly tokens: readonly Token[]
}
