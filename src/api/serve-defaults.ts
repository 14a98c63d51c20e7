import type { RateLimitOptions } from './rate-limit.js'

// Kept apart from the modules that use them, so `parallax serve --help` shows them without loading the server.

/**
 * 60 s: the largest comparison allowed (2,000,000 characters; the issue measured 12.8 s for 2.5 MB of analysis
 * alone on 2 busy cores) fits with room; anything slower is a request the server should not hold a worker for.
 */
export const DEFAULT_COMPARE_TIMEOUT_MS = 60_000
/** 8 waiting jobs: at ~1 s for a typical comparison a client waits seconds, not minutes, before its turn. */
export const DEFAULT_COMPARE_QUEUE = 8

/**
 * 30 expensive requests a minute per client: a person comparing articles by hand sends a few; a script that
 * sends more fills the analysis queue for everyone else (a comparison of the seed pair takes ~1 s of a worker).
 */
export const DEFAULT_RATE_LIMIT: RateLimitOptions = { perMinute: 30 }
