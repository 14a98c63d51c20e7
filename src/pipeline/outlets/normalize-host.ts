/**
 * "WWW.KyivPost.com." → "kyivpost.com"; undefined for anything that is not a bare host. A leading "www." is
 * dropped here and from every host looked up, so either spelling matches.
 */
export function normalizeHost(value: string): string | undefined {
  const trimmed = value.trim().toLowerCase().replace(/\.$/, '')
  if (trimmed === '' || /[\s/:@?#\\]/.test(trimmed) || !trimmed.includes('.')) return undefined
  let host: string
  try {
    // The URL parser turns an internationalised name into its punycode form, as URL hosts arrive.
    host = new URL(`http://${trimmed}`).hostname
  } catch {
    return undefined
  }
  return host.replace(/^www\./, '')
}
