import { BlockList, isIP } from 'node:net'

/**
 * Addresses a fetch must never reach unless the user allows it (SSRF): loopback, private (RFC 1918, ULA),
 * carrier-grade NAT, link-local (which holds the cloud metadata endpoint 169.254.169.254 and AWS's
 * fd00:ec2::254), multicast, reserved and unspecified ranges. Source: IANA special-purpose address registries.
 */
const BLOCKED = new BlockList()
for (const [network, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24], ['203.0.113.0', 24],
  ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) BLOCKED.addSubnet(network, prefix, 'ipv4')
for (const [network, prefix] of [
  // ::/96 holds :: and ::1 and the deprecated IPv4-compatible form ([::127.0.0.1] is written [::7f00:1] by URL).
  ['::', 96], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8], ['2001:db8::', 32], ['64:ff9b::', 96], ['100::', 64],
  // Teredo tunnels carry an obfuscated IPv4 address.
  ['2001::', 32],
] as const) BLOCKED.addSubnet(network, prefix, 'ipv6')

/**
 * True when `address` (an IP literal) is one a fetch must not reach. IPv4-mapped IPv6 (::ffff:a.b.c.d, in either
 * notation) is checked as IPv4 by BlockList itself; a 6to4 address (2002:AABB:CCDD::) by the IPv4 it embeds.
 */
export function isBlockedAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '')
  const mapped = bare.match(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i)
  if (mapped?.[1]) return BLOCKED.check(mapped[1], 'ipv4')
  const family = isIP(bare)
  if (family === 4) return BLOCKED.check(bare, 'ipv4')
  if (family !== 6) return false
  const sixToFour = embeddedSixToFour(bare)
  return BLOCKED.check(bare, 'ipv6') || (sixToFour !== undefined && BLOCKED.check(sixToFour, 'ipv4'))
}

/** The IPv4 address inside a 6to4 address (2002:7f00:0001:: → 127.0.0.1), else undefined. */
function embeddedSixToFour(ipv6: string): string | undefined {
  const match = ipv6.toLowerCase().match(/^2002:([0-9a-f]{1,4}):([0-9a-f]{1,4})(?::|$)/)
  if (!match?.[1] || !match[2]) return undefined
  const [high, low] = [parseInt(match[1], 16), parseInt(match[2], 16)]
  return [high >> 8, high & 255, low >> 8, low & 255].join('.')
}

/** Host names that resolve to internal addresses without DNS or name cloud metadata services. */
export function isBlockedHostName(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '')
  return host === 'localhost' || host.endsWith('.localhost') || host === 'metadata.google.internal' || host.endsWith('.internal')
}
