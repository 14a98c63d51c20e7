/** `url` when it is an absolute http(s) URL (safe in an href), otherwise undefined: no javascript:, data: or relative links. */
export function safeHttpUrl(url: string | undefined): string | undefined {
  if (url === undefined || !URL.canParse(url)) return undefined
  const parsed = new URL(url)
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined
}
