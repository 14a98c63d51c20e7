import { isIP } from 'node:net'
import type { MiddlewareHandler } from 'hono'
import { bearerAuth } from 'hono/bearer-auth'
import { AppError } from '../model/index.js'
import { ApiError } from './errors.js'
import type { ApiEnv } from './api-env.js'

/**
 * Writes need `Authorization: Bearer <token>` (hono/bearer-auth; compared in constant time). With no token
 * configured, writes are switched off (403); a missing or wrong token is 401.
 */
export function requireToken(token: string | undefined): MiddlewareHandler<ApiEnv> {
  return tokenCheck(token, 'writes')
}

/**
 * Reads are open to clients on this machine (loopback peers, or in-process requests with no socket, as in
 * tests); a client on another host needs the token as for writes.
 */
export function requireLocalOrToken(token: string | undefined): MiddlewareHandler<ApiEnv> {
  const check = tokenCheck(token, 'reads from other hosts')
  return async (c, next) => {
    const peer = c.env?.incoming?.socket?.remoteAddress
    if (peer !== undefined && !isLoopbackAddress(peer)) return check(c, next)
    await next()
  }
}

/** Characters a bearer token may hold (RFC 6750 b64token), which hono/bearer-auth accepts. */
const TOKEN_CHARACTERS = /^[A-Za-z0-9._~+/-]+=*$/

function tokenCheck(token: string | undefined, what: string): MiddlewareHandler<ApiEnv> {
  if (token === undefined || token === '') {
    return async () => {
      throw new ApiError('forbidden', `${what} are disabled: start the server with PARALLAX_TOKEN set to allow them`)
    }
  }
  if (!TOKEN_CHARACTERS.test(token)) throw new AppError('invalid_input', 'PARALLAX_TOKEN may hold only letters, digits and - . _ ~ + / (then =), as a bearer token must')
  // Refusals are thrown as ApiError, not answered here, so the app's one error path answers them: JSON under
  // /api/, an HTML page elsewhere, WWW-Authenticate on both (errors.ts, pages.ts).
  const refuse = (message: string) => (): never => {
    throw new ApiError('unauthorized', message)
  }
  const missing = refuse(`${what} need the header "Authorization: Bearer <PARALLAX_TOKEN>"`)
  return bearerAuth({
    token,
    realm: 'parallax',
    noAuthenticationHeader: { message: missing },
    invalidAuthenticationHeader: { message: missing },
    invalidToken: { message: refuse('wrong token') },
  })
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
