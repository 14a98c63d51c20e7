/**
 * English: the span of time a figure is counted over or per, read in its clause: "over the next decade" ("over
 * decade"), "$928 billion over eight years" ("over year"), "$92 a month", "a monthly increase of $92", "2 million
 * barrels per day"; "" when none. Totals and rates over different spans, or one with a span and one without, are
 * other quantities, not two values of one: "$5 trillion … over the next decade" / "a $6 trillion budget".
 */
export function spanOfTime(text: string, start: number, end: number): string {
  const after = AFTER.exec(text.slice(end, end + 120))?.groups
  if (after !== undefined) return after['over'] !== undefined ? `over ${unit(after['over'])}` : unit(after['per'] ?? after['adverb'] ?? '')
  const before = BEFORE.exec(text.slice(Math.max(0, start - 50), start))?.groups?.['adjective']
  return before === undefined ? '' : unit(before)
}

/** The spans of time of a sentence's figures (see spanOfTime), each once, in order; "" for a figure with none. */
export function spansOfTime(sentence: string): string {
  const spans = new Set<string>()
  for (const m of sentence.matchAll(/\d[\d.,]*/g)) spans.add(spanOfTime(sentence, m.index, m.index + m[0].length))
  return [...spans].join('|')
}

function unit(word: string): string {
  const w = word.toLowerCase()
  return w.startsWith('annual') || w.startsWith('year') ? 'year' : w.startsWith('month') ? 'month' : w.startsWith('week') ? 'week' : w.startsWith('da') ? 'day' : w.startsWith('quarter') ? 'quarter' : w.startsWith('decade') ? 'decade' : w
}

const AFTER =
  /^[^,;:.!?—–]{0,60}?(?<!\p{L})(?:(?:over|across|during|within) (?:the )?(?:next |past |last |coming |following )?(?:\d+ |two |three |four |five |six |seven |eight |nine |ten |twenty |several |a few )?(?<over>decades?|years?|months?|weeks?)|(?:a|per|each|every) (?<per>year|month|week|day|quarter)|(?<adverb>annually|yearly|monthly|weekly|daily|quarterly))(?!\p{L})/iu

const BEFORE = /(?<!\p{L})(?<adjective>annual|yearly|monthly|weekly|daily|quarterly)(?!\p{L})[^,;:.!?—–]{0,40}$/iu
