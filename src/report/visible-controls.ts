// C0/C1 controls (ESC starts terminal escape sequences) and bidi overrides/isolates (they reorder
// what a reader sees: "Trojan Source", CVE-2021-42574). Newline and tab are handled by each renderer.
const INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g

/**
 * Shows control and bidi-override characters of article text as visible codes ("⟨U+001B⟩"), so
 * hostile text is displayed, never interpreted by a terminal or a viewer.
 *
 * @example
 * visibleControls('a\u001b[31mb') // 'a⟨U+001B⟩[31mb'
 */
export function visibleControls(text: string): string {
  return text.replace(INVISIBLE, (c) => `⟨U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}⟩`)
}
