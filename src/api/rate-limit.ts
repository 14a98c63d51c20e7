import type { MiddlewareHandler } from 'hono'
import type { ApiEnv } from './api-env.js'
import { ApiError } from './errors.js'

/** A token bucket per client: `perMinute` requests a minute on average, up to `burst` at once. */
export interface RateLimitOptions {
  readonly perMinute: number
  /** Requests a client may send at once after a quiet spell (default: perMinute). */
  readonly burst?: number
}

export { DEFAULT_RATE_LIMIT } from './serve-defaults.js'

/**
 * Refuses a client's request with 429 and `Retry-After` when its bucket is empty. Clients are told apart by
 * their address (the socket's peer; proxies' X-Forwarded-For is not trusted), loopback included: the issue's
 * freezing requests came from a local client. In-process requests (tests, `app.request`) share one bucket.
 * Give each group of endpoints its own middleware, so one group's traffic does not use up another's.
 */
export function rateLimit(options: RateLimitOptions, now: () => number = Date.now): MiddlewareHandler<ApiEnv> {
  const buckets = new TokenBuckets(options, now)
  return async (c, next) => {
    const client = c.env?.incoming?.socket?.remoteAddress ?? 'in-process'
    const wait = buckets.take(client)
    if (wait > 0) throw new ApiError('rate_limited', `too many requests from ${client}: at most ${options.perMinute} a minute here; retry in ${Math.ceil(wait / 1000)} s`, { retryAfter: wait / 1000 })
    await next()
  }
}

/** Buckets kept at most; past it, full buckets (clients quiet for a while) are forgotten. */
const MAX_CLIENTS = 10_000

class TokenBuckets {
  readonly #buckets = new Map<string, { tokens: number; at: number }>()
  readonly #capacity: number
  readonly #perMs: number
  readonly #now: () => number

  constructor(options: RateLimitOptions, now: () => number) {
    if (!(options.perMinute > 0)) throw new Error('rate-limit: perMinute must be positive')
    this.#capacity = options.burst ?? options.perMinute
    this.#perMs = options.perMinute / 60_000
    this.#now = now
  }

  /** Takes one token for `client`: 0 when there was one, else the milliseconds until there will be. */
  take(client: string): number {
    const now = this.#now()
    const bucket = this.#buckets.get(client) ?? { tokens: this.#capacity, at: now }
    bucket.tokens = Math.min(this.#capacity, bucket.tokens + (now - bucket.at) * this.#perMs)
    bucket.at = now
    if (!this.#buckets.has(client)) {
      if (this.#buckets.size >= MAX_CLIENTS) this.#forgetFull(now)
      this.#buckets.set(client, bucket)
    }
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1
      return 0
    }
    return (1 - bucket.tokens) / this.#perMs
  }

  #forgetFull(now: number): void {
    for (const [client, bucket] of this.#buckets) {
      if (bucket.tokens + (now - bucket.at) * this.#perMs >= this.#capacity) this.#buckets.delete(client)
    }
  }
}
