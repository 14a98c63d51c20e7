/**
 * English stop words: NLTK's stopwords corpus, English list (179 words), so the lexical baselines match the
 * common "content words" of the paraphrase literature.
 */
const STOP_WORDS: ReadonlySet<string> = new Set(
  `i me my myself we our ours ourselves you you're you've you'll you'd your yours yourself yourselves he him his himself
  she she's her hers herself it it's its itself they them their theirs themselves what which who whom this that that'll
  these those am is are was were be been being have has had having do does did doing a an the and but if or because as
  until while of at by for with about against between into through during before after above below to from up down in
  out on off over under again further then once here there when where why how all any both each few more most other
  some such no nor not only own same so than too very s t can will just don don't should should've now d ll m o re ve y
  ain aren aren't couldn couldn't didn didn't doesn doesn't hadn hadn't hasn hasn't haven haven't isn isn't ma mightn
  mightn't mustn mustn't needn needn't shan shan't shouldn shouldn't wasn wasn't weren weren't won won't wouldn wouldn't`
    .split(/\s+/u)
    .filter(Boolean),
)

/**
 * The content words of a text: lower-cased runs of letters and digits (an inner apostrophe kept: "don't"),
 * stop words left out. Example: `contentWords('The Senate passed the bill.')` → {senate, passed, bill}.
 */
export function contentWords(text: string): Set<string> {
  const words = new Set<string>()
  for (const match of text.toLowerCase().replaceAll('’', "'").matchAll(/[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu)) {
    if (!STOP_WORDS.has(match[0])) words.add(match[0])
  }
  return words
}

/** |a ∩ b| / |a ∪ b|, 0–1; 0 when both are empty. Example: {a,b} vs {b,c} → 1/3. */
export function wordJaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let both = 0
  for (const word of a) if (b.has(word)) both++
  const union = a.size + b.size - both
  return union === 0 ? 0 : both / union
}
