/** News agencies whose copy outlets reprint; one credit means one independent source however many outlets carry it. */
export type WireAgency = 'ap' | 'reuters' | 'afp' | 'dpa' | 'upi' | 'efe'

// Datelines and credit lines as agencies print them: "WASHINGTON (AP) —", "(Reuters) -", "— AFP",
// "Reporting by ...; Editing by ..." (Reuters' sign-off), "Copyright 2024 The Associated Press".
const CREDITS: ReadonlyArray<readonly [WireAgency, RegExp]> = [
  ['ap', /\((?:AP|The Associated Press)\)\s*[-—–]|\b(?:Copyright|©)\s*\d{4}\s*(?:The\s+)?Associated Press\b|^\s*(?:By\s+)?(?:The\s+)?Associated Press\s*$/m],
  ['reuters', /\(Reuters\)\s*[-—–]|\bReporting by\b[^\n]{0,200}\bEditing by\b|\b(?:Copyright|©)\s*\d{0,4}\s*(?:Thomson\s+)?Reuters\b/],
  ['afp', /\(AFP\)\s*[-—–]|[-—–]\s*AFP\s*$|\b(?:Copyright|©)\s*\d{0,4}\s*(?:Agence France[- ]Presse|AFP)\b|^\s*(?:By\s+)?(?:AFP|Agence France[- ]Presse)\s*$/m],
  ['dpa', /\(dpa\)\s*[-—–]/],
  ['upi', /\(UPI\)\s*[-—–]/],
  ['efe', /\(EFE\)\s*[-—–]/],
]

/** How far into the text (and back from its end) credit lines are looked for: datelines and sign-offs sit there. */
const EDGE_CHARS = 400

/**
 * The news agency credited in the text's opening dateline or closing credit line, or null.
 * Looks at the first and last 400 characters and the byline only, so an article that merely quotes
 * "Reuters reported" in its body is not taken for a reprint.
 * Example: `detectWireCredit('KYIV (Reuters) - Ukraine said...')` → 'reuters'.
 */
export function detectWireCredit(text: string, byline?: string): WireAgency | null {
  const edges = text.length <= 2 * EDGE_CHARS ? text : `${text.slice(0, EDGE_CHARS)}\n${text.slice(-EDGE_CHARS)}`
  const haystack = byline === undefined ? edges : `${byline}\n${edges}`
  for (const [agency, pattern] of CREDITS) if (pattern.test(haystack)) return agency
  return null
}
