import type { Difference, DifferenceValue, FactSpan, Span } from '../../model/index.js'

/** A brief sentence's text after its figures that outlets disagree on are stated as such, and the spans it now rests on. */
export interface StatedFigures {
  readonly text: string
  /** The other outlets' values, to cite beside the sentence. */
  readonly spans: readonly FactSpan[]
  /** "Reports differ: outlet-a gives “85 people”, outlet-b “90 people”." where no range reads well; else null. */
  readonly note: string | null
}

/**
 * Never picks one outlet's figure silently: a figure of `sentence` (a span of article `articleId`, written as
 * `text`) that other outlets state differently becomes a range when every value is a bare number ("85" →
 * "between 85 and 90"), else the sentence keeps its figure and a note lists each outlet's. `noted` holds the
 * differences an earlier sentence of the brief already noted: each is noted once.
 */
export function stateDifferences(
  text: string,
  articleId: string,
  sentence: Span,
  differences: readonly Difference[],
  outletOf: (articleId: string) => string,
  languageOf: (articleId: string) => string,
  noted: Set<string> = new Set(),
): StatedFigures {
  let out = text
  const spans: FactSpan[] = []
  const notes: string[] = []
  for (const d of differences) {
    if (d.status !== 'conflict') continue
    const own = d.values.find((v) => v.articleId === articleId && sentence.start <= v.start && v.end <= sentence.end)
    // A claim's values are its sentences (the brief may have reworded this one); a figure must still be in the text.
    if (!own || (d.kind !== 'claim' && !out.includes(own.text))) continue
    const values = d.values.filter((v, i, all) => all.findIndex((w) => w.articleId === v.articleId) === i)
    spans.push(...values.filter((v) => v.articleId !== articleId).map((v) => ({ articleId: v.articleId, start: v.start, end: v.end, text: v.text, language: languageOf(v.articleId) })))
    if (d.kind === 'claim') {
      if (noted.has(d.id)) continue
      noted.add(d.id)
      notes.push(claimNote(values, outletOf))
      continue
    }
    const range = numericRange(values)
    if (range) out = out.replace(own.text, range)
    else if (noted.has(d.id)) continue
    else {
      noted.add(d.id)
      notes.push(eachGives(values, outletOf, (v) => v.text))
    }
  }
  return { text: out, spans, note: notes.length > 0 ? `Reports differ: ${notes.join('; ')}.` : null }
}

/**
 * Each side of a claim conflict in its outlet's words: the figures that differ ("outlet-a gives “5000”, outlet-b
 * “5500”"), or which outlet denies what the other states.
 */
function claimNote(values: readonly DifferenceValue[], outletOf: (articleId: string) => string): string {
  const polar = values.every((v) => v.normalized === 'stated' || v.normalized === 'denied')
  return polar
    ? values.map((v) => `${outletOf(v.articleId)} ${v.normalized === 'denied' ? 'denies it' : 'states it'}`).join(', ')
    : eachGives(values, outletOf, (v) => v.normalized)
}

/** "outlet-a gives “85 people”, outlet-b “90 people”": each outlet with its value as `shown`. */
function eachGives(values: readonly DifferenceValue[], outletOf: (articleId: string) => string, shown: (v: DifferenceValue) => string): string {
  return values.map((v, i) => `${outletOf(v.articleId)}${i === 0 ? ' gives' : ''} “${shown(v)}”`).join(', ')
}

/** "between 85 and 90" when every value is a bare number ("85", "1,200"); else null. */
function numericRange(values: readonly DifferenceValue[]): string | null {
  if (!values.every((v) => /^\d[\d,]*(\.\d+)?$/.test(v.text))) return null
  const sorted = [...values].sort((a, b) => Number(a.text.replace(/,/g, '')) - Number(b.text.replace(/,/g, '')))
  const low = sorted[0]?.text
  const high = sorted[sorted.length - 1]?.text
  return low !== undefined && high !== undefined && low !== high ? `between ${low} and ${high}` : null
}
