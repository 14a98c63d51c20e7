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
  ['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8], ['2001:db8::', 32], ['64:ff9b::', 96],
] as const) BLOCKED.addSubnet(network, prefix, 'ipv6')

/** True when `address` (an IP literal) is one a fetch must not reach. IPv4-mapped IPv6 is checked as IPv4. */
export function isBlockedAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '')
  const mapped = bare.match(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i)
  if (mapped?.[1]) return BLOCKED.check(mapped[1], 'ipv4')
  const family = isIP(bare)
  if (family === 4) return BLOCKED.check(bare, 'ipv4')
  if (family === 6) return BLOCKED.check(bare, 'ipv6')
  return false
}

/** Host names that resolve to internal addresses without DNS or name cloud metadata services. */
export function isBlockedHostName(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '')
  return host === 'localhost' || host.endsWith('.localhost') || host === 'metadata.google.internal' || host.endsWith('.internal')
}
