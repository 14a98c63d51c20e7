import { serve } from '@hono/node-server'
import type { Command } from 'commander'
import { createApp, isLoopbackHost, LOOPBACK_HOSTS } from '../../api/index.js'
import { AppError } from '../../model/index.js'
import { openConfiguredStore } from '../../store/postgres/index.js'
import { loadOutletRegistry, OUTLETS_HELP } from '../load-outlet-registry.js'

interface ServeFlags {
  readonly host: string
  readonly port: string
  readonly db?: string
  readonly outlets?: string
  readonly quiet?: boolean
}

/** `parallax serve`: the web UI and HTTP API over the store (docs/API.md). */
export function register(program: Command): void {
  program
    .command('serve')
    .description('Web UI and HTTP API over the store (reads open on loopback; writes need PARALLAX_TOKEN)')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--port <port>', 'port to listen on', '7700')
    .option('--db <path>', 'database file (default: $PARALLAX_DB or ~/.local/share/parallax/parallax.db)')
    .option('--outlets <file>', OUTLETS_HELP)
    .option('--quiet', 'no access log (by default one line per request on stderr)')
    .action(async (flags: ServeFlags) => {
      const port = Number(flags.port)
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new AppError('invalid_input', `--port must be 0–65535, got "${flags.port}"`)
      const token = process.env['PARALLAX_TOKEN']
      const isLocal = isLoopbackHost(flags.host)
      if (!isLocal && (token === undefined || token === '')) {
        throw new AppError('invalid_input', `--host ${flags.host} is reachable from other machines: set PARALLAX_TOKEN (clients on other hosts need it for every request)`)
      }
      // Read once at start: a bad registry stops the server before it listens.
      const outletRegistry = await loadOutletRegistry(flags.outlets)
      const store = await openConfiguredStore({ db: flags.db })
      const app = createApp({
        store,
        ...(token ? { token } : {}),
        ...(isLocal ? { allowedHosts: LOOPBACK_HOSTS } : {}),
        ...(outletRegistry ? { outletRegistry } : {}),
        ...(flags.quiet === true ? {} : { accessLog: (line: string) => void process.stderr.write(line) }),
      })
      const server = serve({ fetch: app.fetch, hostname: flags.host, port })
      await new Promise<void>((resolve, reject) => {
        server.once('listening', resolve)
        server.once('error', (error: NodeJS.ErrnoException) =>
          reject(new AppError('invalid_input', error.code === 'EADDRINUSE' ? `port ${port} is in use (try --port)` : `cannot listen on ${flags.host}:${port}: ${error.message}`, { cause: error })),
        )
      })
      const address = server.address()
      const shown = typeof address === 'object' && address !== null ? `${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}` : `${flags.host}:${port}`
      process.stderr.write(`parallax: serving http://${shown}/ (writes ${token ? 'need the token' : 'disabled: PARALLAX_TOKEN not set'}); Ctrl-C stops\n`)
      await new Promise<void>((resolve) => {
        const stop = () => {
          server.close(() => resolve())
          // Browsers keep idle connections open; without this, close() waits for their keep-alive timeout.
          if ('closeIdleConnections' in server) server.closeIdleConnections()
        }
        process.once('SIGINT', stop)
        process.once('SIGTERM', stop)
      })
      await store.close()
    })
}
