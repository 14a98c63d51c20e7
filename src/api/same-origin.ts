import { createHash, timingSafeEqual } from 'node:crypto'
import type { MiddlewareHandler } from 'hono'
import type { ApiEnv } from './api-env.js'
import { ApiError } from './errors.js'

/**
 * CSRF guard for posts that cost work but need no token from this machine (`POST /api/compare`, the `/compare`
 * form): any web page the user opens could otherwise post to the loopback server and freeze it. A request
 * passes when it carries the right bearer token, or when nothing in it says another site sent it:
 *
 * - `Sec-Fetch-Site` (every current browser sends it) must be `same-origin` or `none` (typed by the user);
 *   `same-site` is refused too, since another port of localhost is the same site;
 * - without it, `Origin` must name this server's host; `Origin: null` (a sandboxed frame, or an older browser
 *   under `Referrer-Policy: no-referrer`) is refused;
 * - with neither header the client is not a browser (browsers send `Origin` on every cross-origin POST), so
 *   the usual access rules decide (requireLocalOrToken).
 */
export function requireSameOriginOrToken(token: string | undefined): MiddlewareHandler<ApiEnv> {
  const expected = token === undefined || token === '' ? undefined : digest(token)
  return async (c, next) => {
    const bearer = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '')?.[1]
    if (expected !== undefined && bearer !== undefined && timingSafeEqual(digest(bearer), expected)) return next()
    const site = c.req.header('sec-fetch-site')
    const origin = c.req.header('origin')
    if (site !== undefined) {
      if (site !== 'same-origin' && site !== 'none') throw refused(`a ${site} request (Sec-Fetch-Site)`)
    } else if (origin !== undefined && hostOf(origin) !== new URL(c.req.url).host) {
      throw refused(`a request from ${origin === 'null' ? 'an opaque origin (Origin: null)' : origin}`)
    }
    return next()
  }
}

function refused(what: string): ApiError {
  return new ApiError('forbidden', `${what} may not use this endpoint: post from this server's own pages, or send "Authorization: Bearer <PARALLAX_TOKEN>"`)
}

function hostOf(origin: string): string | undefined {
  try {
    return new URL(origin).host
  } catch {
    return undefined
  }
}

/** Fixed-length digests, so timingSafeEqual compares tokens of any length in constant time. */
function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest()
}
