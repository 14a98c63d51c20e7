import type { MiddlewareHandler } from 'hono'
import { secureHeaders } from 'hono/secure-headers'
import type { ApiEnv } from './api-env.js'

/**
 * Article text is hostile input. Besides escaping every string (src/web renders with hono/jsx), the browser is
 * told to run and load nothing but this server's own script and stylesheet: no inline scripts, styles or event
 * handlers, no frames, no plugins, no other origins; forms post only here.
 */
const CSP_DIRECTIVES = {
  defaultSrc: ["'none'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'"],
  connectSrc: ["'self'"],
  formAction: ["'self'"],
  baseUri: ["'none'"],
  frameAncestors: ["'none'"],
}

/** The Content-Security-Policy header every response carries, as sent. */
export const CONTENT_SECURITY_POLICY = Object.entries(CSP_DIRECTIVES)
  .map(([name, sources]) => `${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} ${sources.join(' ')}`)
  .join('; ')

/**
 * Security headers on every response, the API's JSON and error responses included (hono/secure-headers):
 * the CSP above, nosniff, no referrer, no framing, same-origin opener and resource policies, plus secureHeaders'
 * other defaults. No HSTS: the server speaks plain HTTP (loopback, or behind the user's own TLS proxy, which
 * decides HSTS for its domain).
 */
export function securityHeaders(): MiddlewareHandler<ApiEnv> {
  return secureHeaders({
    contentSecurityPolicy: CSP_DIRECTIVES,
    xFrameOptions: 'DENY',
    referrerPolicy: 'no-referrer',
    crossOriginOpenerPolicy: 'same-origin',
    crossOriginResourcePolicy: 'same-origin',
    xContentTypeOptions: 'nosniff',
    strictTransportSecurity: false,
  })
}
