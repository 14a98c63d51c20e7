// A title that stands before a name never ends a sentence: "…, which includes Sens." is an excerpt cut at the
// abbreviation, which the sentence splitter took for a full stop.
const NAME_TITLE_AT_END = /\b(?:Sens?|Reps?|Gov|Govs|Dr|Drs|Mr|Mrs|Ms|Messrs|Gen|Lt|Col|Capt|Sgt|Adm|Cmdr|Prof|Rev|Hon|Atty|Supt|Pres)\.$/

/**
 * True for a sentence a reader can take as it stands: it ends like a sentence (not "…" or "...", the mark of an
 * excerpt cut short, and not without a full stop, as a headline or caption does), its quotation marks pair up (a
 * quote that runs on into the next sentence does not), it is not written in Title Case (a headline), and it has
 * at least `minWords` words.
 * Example: `isWholeSentence('In the other case, two officers were sued by the estate of a man whom they shot...')` → false.
 */
export function isWholeSentence(sentence: string, minWords = 5): boolean {
  const s = sentence.trim()
  if (/(\.\.\.|…)["'”’)\]]*$/.test(s) || !/[.!?]["'”’)\]]*$/.test(s) || NAME_TITLE_AT_END.test(s)) return false
  if (!/^["“„«'‘(]?[\p{Lu}\p{N}]/u.test(s)) return false
  const count = (re: RegExp): number => (s.match(re) ?? []).length
  if (count(/"/g) % 2 === 1 || count(/“/g) !== count(/”/g) || count(/«/g) !== count(/»/g) || count(/\(/g) !== count(/\)/g)) return false
  const words = s.match(/\p{L}[\p{L}'’-]*/gu) ?? []
  if (words.length < minWords) return false
  // "Supreme Court Sides With Police In Two Cases.": most words capitalised, small words included.
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length
  return capitalised / words.length < 0.7
}
