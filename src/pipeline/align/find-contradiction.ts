import type { Sentence } from '../../model/index.js'

/** Why two similar sentences of different articles are not one fact. */
export type Contradiction = 'figures' | 'polarity'

/**
 * Two sentences that share their words may still say different things: different figures ("killed 40 people" /
 * "at least 43 killed") or one denying what the other states ("no casualties were confirmed" / "civilian
 * casualties"). Calling those one shared fact would tell the reader the outlets agree where they disagree, so they
 * are never merged; the caller reports them as a conflict instead. Returns null when neither test fires.
 */
export function findContradiction(a: Sentence, aLanguage: string, b: Sentence, bLanguage: string): Contradiction | null {
  if (hasDifferentFigures(figuresOf(a.text), figuresOf(b.text))) return 'figures'
  // Across languages a denial is often lexical ("no snow" / "отсутствие снега", "not sufficient" / "недостаточно"),
  // so polarity is compared only between sentences of one language.
  if (aLanguage !== bLanguage) return null
  const pa = polarityOf(a, aLanguage)
  const pb = polarityOf(b, bLanguage)
  if (pa !== 'unknown' && pb !== 'unknown' && pa !== pb) return 'polarity'
  return null
}

/**
 * The digit runs of a text, thousands separators removed ("10,000", "10 000", "10.000" → 10000; "14.02.2021" →
 * 14, 2, 2021), leading zeros dropped: one figure written in any language's convention gives the same runs.
 */
export function figuresOf(text: string): Set<string> {
  const joined = text.replace(/(\d)[,.\u00a0\u202f\u2009 ](?=\d{3}(?!\d))/g, '$1')
  return new Set((joined.match(/\d+/g) ?? []).map((run) => run.replace(/^0+(?=\d)/, '')))
}

/** Each side states a figure the other lacks: one may add a detail, but both replacing one is a different figure. */
function hasDifferentFigures(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const onlyA = [...a].some((x) => !b.has(x))
  const onlyB = [...b].some((x) => !a.has(x))
  return onlyA && onlyB
}

// Negation words per language. Czech negates with a verb prefix ("nebyl") that a word list cannot tell from
// words that merely start with "ne" ("nemocnice"), so Czech polarity stays unknown.
const NEGATIONS: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set(['no', 'not', "n't", 'never', 'none', 'nobody', 'nothing', 'neither', 'nor', 'without', 'cannot']),
  ru: new Set(['не', 'нет', 'ни', 'никто', 'ничего', 'никогда', 'без', 'нельзя']),
  uk: new Set(['не', 'ні', 'немає', 'нема', 'ніхто', 'нічого', 'ніколи', 'без']),
  be: new Set(['не', 'ні', 'няма', 'ніхто', 'нічога', 'ніколі', 'без']),
  pl: new Set(['nie', 'brak', 'nikt', 'nic', 'nigdy', 'bez', 'żaden', 'żadnych', 'żadnego', 'żadne', 'żadna']),
  de: new Set(['nicht', 'kein', 'keine', 'keinen', 'keiner', 'keines', 'keinem', 'nie', 'niemals', 'niemand', 'nichts', 'ohne']),
}

const NOT_ONLY = new Set(['only', 'just', 'merely', 'только', 'лишь', 'тільки', 'лише', 'толькі', 'tylko', 'nur'])

/** Whether a sentence is negated, by its language's negation words; 'unknown' where the language has no list. */
export function polarityOf(sentence: Sentence, language: string): 'negated' | 'affirmed' | 'unknown' {
  const words = NEGATIONS[language]
  if (!words) return 'unknown'
  const tokens = sentence.tokens
  for (const [i, token] of tokens.entries()) {
    // "not only … but also" adds, it does not deny.
    if (words.has(token.text.toLowerCase()) && !NOT_ONLY.has(tokens[i + 1]?.text.toLowerCase() ?? '')) return 'negated'
  }
  return 'affirmed'
}
