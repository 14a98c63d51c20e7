/**
 * How many code units the character at `at` of `text` takes when it is of the class `single` (a regular expression
 * matching exactly one character, with the u flag): 1, or 2 for a surrogate pair; 0 when it is of another class.
 * Each BMP code unit is tested once per process and remembered in a table, so scanning a text's words costs no
 * match object or copy per character (issue 19: ingest reads every word of every article).
 * @example charWidth(/^\p{L}$/u)('Łódź', 0) // 1
 */
export function charWidth(single: RegExp): (text: string, at: number) => number {
  /** Per BMP code unit: 0 not tested yet, 1 of the class, 2 not. */
  const known = new Uint8Array(0x10000)
  return (text, at) => {
    const code = text.charCodeAt(at)
    if (code < 0xd800 || code > 0xdfff) {
      let verdict = known[code] as number
      if (verdict === 0) {
        verdict = single.test(String.fromCharCode(code)) ? 1 : 2
        known[code] = verdict
      }
      return verdict === 1 ? 1 : 0
    }
    const point = text.codePointAt(at) as number
    // A lone surrogate is of no class (the regular expression never matches one).
    return point > 0xffff && single.test(String.fromCodePoint(point)) ? 2 : 0
  }
}
