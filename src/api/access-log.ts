import type { MiddlewareHandler } from 'hono'
import { logger } from 'hono/logger'
import type { ApiEnv } from './api-env.js'

/**
 * An access log, one line per answered request: "2026-01-02T10:00:00.000Z GET /stories/s1 200 12ms" (hono/logger,
 * keeping its completion line and dropping the one it writes on arrival; no colour codes, so the log reads the
 * same in a file). Headers are not logged, so a bearer token never reaches the log.
 *
 * @example
 * app.use('*', accessLog((line) => process.stderr.write(line)))
 */
export function accessLog(write: (line: string) => void): MiddlewareHandler<ApiEnv> {
  return logger((message) => {
    if (!message.startsWith('--> ')) return
    write(`${new Date().toISOString()} ${message.slice(4).replace(/\u001b\[\d+m/g, '')}\n`)
  })
}
