/** Escapes text for HTML or XML element content: `escapeText('A & <B>')` → `A &amp; &lt;B&gt;`. Quotes stay as written. */
export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** Escapes text for a double-quoted attribute value: `escapeAttribute('"Oreshnik"')` → `&quot;Oreshnik&quot;`. */
export function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;')
}
