import type { Command } from 'commander'
// The defaults alone, for the help text; the server itself loads when the command runs (api/index.js, Hono, the store).
import { DEFAULT_COMPARE_QUEUE, DEFAULT_COMPARE_TIMEOUT_MS, DEFAULT_RATE_LIMIT } from '../../api/serve-defaults.js'
import { AppError } from '../../model/index.js'
import { loadOutletRegistry, OUTLETS_HELP } from '../load-outlet-registry.js'

interface ServeFlags {
  readonly host: string
  readonly port: string
  readonly db?: string
  readonly outlets?: string
  readonly quiet?: boolean
  readonly compareWorkers?: string
  readonly compareQueue: string
  readonly compareTimeout: string
  readonly rateLimit: string
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
    .option('--compare-workers <n>', 'worker threads for comparisons (default: cores - 1, 1 to 2)')
    .option('--compare-queue <n>', 'comparisons that may wait for a worker; more are refused with 503', String(DEFAULT_COMPARE_QUEUE))
    .option('--compare-timeout <seconds>', 'a comparison running longer is stopped (504)', String(DEFAULT_COMPARE_TIMEOUT_MS / 1000))
    .option('--rate-limit <n>', 'requests a minute per client address on POST /api/compare, /compare and /api/articles (0: no limit)', String(DEFAULT_RATE_LIMIT.perMinute))
    .action(async (flags: ServeFlags) => {
      const [{ serve }, { ComparePool, createApp, isLoopbackHost, LOOPBACK_HOSTS }, { openConfiguredStore }] = await Promise.all([
        import('@hono/node-server'),
        import('../../api/index.js'),
        import('../../store/postgres/index.js'),
      ])
      const port = Number(flags.port)
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new AppError('invalid_input', `--port must be 0–65535, got "${flags.port}"`)
      const count = (name: string, value: string, min: number): number => {
        const n = Number(value)
        if (!Number.isInteger(n) || n < min) throw new AppError('invalid_input', `${name} must be a whole number ≥ ${min}, got "${value}"`)
        return n
      }
      const timeout = Number(flags.compareTimeout)
      if (!(timeout > 0)) throw new AppError('invalid_input', `--compare-timeout must be a number of seconds > 0, got "${flags.compareTimeout}"`)
      const perMinute = count('--rate-limit', flags.rateLimit, 0)
      const comparePool = new ComparePool({
        ...(flags.compareWorkers === undefined ? {} : { workers: count('--compare-workers', flags.compareWorkers, 1) }),
        queue: count('--compare-queue', flags.compareQueue, 0),
        timeoutMs: timeout * 1000,
      })
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
        comparePool,
        rateLimit: perMinute === 0 ? false : { perMinute },
      })
      // The workers load the pipeline while the server starts listening: the first comparison need not wait.
      comparePool.warm()
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
      await comparePool.close()
      await store.close()
    })
}
