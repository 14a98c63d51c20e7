/**
 * A report's language code as a `lang` attribute value: only well-formed tags reach the attribute, and "und"
 * (unknown) is left out, so a hostile or unknown value never mislabels the text.
 *
 * @example langAttribute('uk') // 'uk'; langAttribute('und') // undefined
 */
export function langAttribute(language: string): string | undefined {
  return /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i.test(language) && language !== 'und' ? language : undefined
}
