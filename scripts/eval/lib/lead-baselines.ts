/**
 * The extractive baselines of the brief task: the first three sentences of one outlet (lead-3), and the outlets'
 * sentences in turn (first of each, then second of each, …). Both are cut to the reference's length by the scorer.
 */
export function leadThree(sentences: readonly string[]): string {
  return sentences.slice(0, 3).join(' ')
}

/** Example: [[a1, a2], [b1]] → "a1 b1 a2". */
export function leadInTurn(articles: readonly (readonly string[])[]): string {
  const out: string[] = []
  const longest = Math.max(0, ...articles.map((a) => a.length))
  for (let i = 0; i < longest; i++) for (const sentences of articles) if (sentences[i] !== undefined) out.push(sentences[i]!)
  return out.join(' ')
}
