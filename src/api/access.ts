import { createHash, timingSafeEqual } from 'node:crypto'
import { isIP } from 'node:net'
import type { Context, MiddlewareHandler } from 'hono'
import { ApiError } from './errors.js'
import type { ApiEnv } from './api-env.js'

/**
 * Writes need `Authorization: Bearer <token>`. With no token configured, writes are switched off (403);
 * a missing or wrong token is 401. Compared in constant time.
 */
export function requireToken(token: string | undefined): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    checkToken(c, token, 'writes')
    await next()
  }
}

/**
 * Reads are open to clients on this machine (loopback peers, or in-process requests with no socket, as in
 * tests); a client on another host needs the token as for writes.
 */
export function requireLocalOrToken(token: string | undefined): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const peer = c.env?.incoming?.socket?.remoteAddress
    if (peer !== undefined && !isLoopbackAddress(peer)) checkToken(c, token, 'reads from other hosts')
    await next()
  }
}

/**
 * DNS rebinding guard: a server on loopback answers only requests addressed to a loopback name, so a web page
 * whose domain is re-pointed at 127.0.0.1 cannot read the store through the visitor's browser.
 */
export function requireHost(allowedHosts: readonly string[] | undefined): MiddlewareHandler<ApiEnv> {
  const allowed = allowedHosts === undefined ? undefined : new Set(allowedHosts.map((h) => h.toLowerCase()))
  return async (c, next) => {
    if (allowed !== undefined && !allowed.has(new URL(c.req.url).hostname.toLowerCase())) {
      throw new ApiError('forbidden', 'this server answers only requests to its loopback address (Host header refused)')
    }
    await next()
  }
}

/** Host names a loopback-bound server accepts (URL.hostname form: IPv6 in brackets). */
export const LOOPBACK_HOSTS: readonly string[] = ['localhost', '127.0.0.1', '[::1]']

export function isLoopbackAddress(address: string): boolean {
  const plain = address.replace(/^::ffff:/i, '')
  if (isIP(plain) === 4) return plain.startsWith('127.')
  return plain === '::1'
}

/** True when `host` (a --host value) listens only on this machine. */
export function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || isLoopbackAddress(host.replace(/^\[|\]$/g, ''))
}

function checkToken(c: Context<ApiEnv>, token: string | undefined, what: string): void {
  if (token === undefined || token === '') {
    throw new ApiError('forbidden', `${what} are disabled: start the server with PARALLAX_TOKEN set to allow them`)
  }
  const header = c.req.header('authorization') ?? ''
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header)
  if (match?.[1] === undefined) throw new ApiError('unauthorized', `${what} need the header "Authorization: Bearer <PARALLAX_TOKEN>"`)
  if (!sameSecret(match[1], token)) throw new ApiError('unauthorized', 'wrong token')
}

/** Hashing first makes both sides the same length, which timingSafeEqual requires, without leaking the length. */
function sameSecret(given: string, expected: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest()
  return timingSafeEqual(digest(given), digest(expected))
}
