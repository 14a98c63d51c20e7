import { visibleControls } from './visible-controls.js'

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/**
 * Escapes text for HTML element content and quoted attribute values alike; control and bidi
 * override characters become visible codes. Every article-derived string goes through here.
 *
 * @example
 * escapeHtml('"><img onerror=alert(1)>') // '&quot;&gt;&lt;img onerror=alert(1)&gt;'
 */
export function escapeHtml(text: string): string {
  return visibleControls(text).replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c)
}

/** `url` when it is an absolute http(s) URL (safe in an href), otherwise undefined: no javascript:, data: or relative links. */
export function safeHttpUrl(url: string | undefined): string | undefined {
  if (url === undefined || !URL.canParse(url)) return undefined
  const parsed = new URL(url)
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined
}
