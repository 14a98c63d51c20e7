/**
 * Converts offsets counted in code points (Python `str` indices, as the bench files give them) to UTF-16 code
 * units (JS string indices, as Parallax reports them). They differ after each character outside the BMP (emoji).
 * Example: `utf16Offsets('a😀b')(2)` → 3 (the "b" after a two-unit emoji).
 */
export function utf16Offsets(text: string): (codePointOffset: number) => number {
  // Most texts have no astral character: offsets are equal, nothing to build.
  if (!/[\u{10000}-\u{10FFFF}]/u.test(text)) return (offset) => offset
  const units: number[] = []
  let unit = 0
  for (const ch of text) {
    units.push(unit)
    unit += ch.length
  }
  units.push(unit)
  return (offset) => {
    const converted = units[offset]
    if (converted === undefined) throw new Error(`code-points: offset ${offset} is outside a text of ${units.length - 1} code points`)
    return converted
  }
}
