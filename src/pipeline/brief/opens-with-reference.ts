/**
 * True for a sentence that opens by pointing back at what its article said before ("That amounts to a monthly
 * increase of $92…", "These measures…", "Это решение…", "To oznacza…"): taken out of its article into a brief, it
 * points at nothing. Time words are not references ("This year…", "That same day…"), nor are "those who…" and the
 * person pronouns, which the brief names (neutraliseSentence).
 * @example opensWithReference('That amounts to a monthly increase of $92.') // true
 */
export function opensWithReference(sentence: string): boolean {
  const [first, second] = sentence
    .trim()
    .replace(/^["“„«'‘(]+/u, '')
    .split(/[\s,;:]+/u, 2)
    .map((w) => w.toLowerCase())
  if (first === undefined || !REFERENCES.has(first)) return false
  return second === undefined || !(TIME_WORDS.has(second) || second === 'who' || second === 'same')
}

/** Demonstratives and non-person pronouns that start a sentence about what came before, by language. */
const REFERENCES: ReadonlySet<string> = new Set([
  // en
  'that', 'this', 'these', 'those', 'such', 'they', 'their', 'its',
  // ru, uk, be
  'это', 'этот', 'эта', 'эти', 'такой', 'такое', 'такие', 'они', 'их', 'це', 'цей', 'ця', 'ці', 'такий', 'таке', 'такі', 'вони', 'їхній', 'гэта', 'гэты', 'яны',
  // pl, cs
  'to', 'ten', 'ta', 'te', 'tego', 'taki', 'taka', 'takie', 'oni', 'one', 'tento', 'tato', 'toto', 'tyto', 'takový', 'taková', 'takové',
  // de
  'das', 'dies', 'diese', 'dieser', 'dieses', 'solche', 'solcher',
])

/** Words after a demonstrative that make it point at a time, not at the text before ("this year", "этот год"). */
const TIME_WORDS: ReadonlySet<string> = new Set([
  'year', 'week', 'month', 'morning', 'afternoon', 'evening', 'weekend', 'time', 'spring', 'summer', 'fall', 'autumn', 'winter', 'season', 'day', 'night',
  'год', 'году', 'неделе', 'месяц', 'рік', 'році', 'тижня', 'місяць', 'roku', 'rok', 'tygodniu', 'miesiąc', 'týden', 'měsíc', 'jahr', 'woche', 'monat',
])
