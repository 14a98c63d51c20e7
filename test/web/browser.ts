import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { serve } from '@hono/node-server'
import { chromium, type BrowserContext } from 'playwright-core'
import { createApp, LOOPBACK_HOSTS } from '../../src/api/index.js'
import type { OutletRegistry } from '../../src/model/index.js'
import type { Store } from '../../src/store/index.js'

/** Debian's chromium (`apt-get install chromium`); browser tests skip when it is absent. */
export const CHROMIUM = process.env['PARALLAX_CHROMIUM'] ?? '/usr/bin/chromium'
export const HAS_CHROMIUM = existsSync(CHROMIUM)

export interface LiveServer {
  readonly url: string
  close(): Promise<void>
}

/** The real HTTP server (as `parallax serve [--outlets FILE]`) on a free loopback port. */
export async function startServer(store: Store, token: string, outletRegistry?: OutletRegistry): Promise<LiveServer> {
  const app = createApp({ store, token, allowedHosts: LOOPBACK_HOSTS, ...(outletRegistry === undefined ? {} : { outletRegistry }) })
  const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 })
  await new Promise<void>((resolve) => server.once('listening', () => resolve()))
  const { port } = server.address() as AddressInfo
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) }
}

export interface LiveBrowser {
  readonly context: BrowserContext
  close(): Promise<void>
}

/** Headless chromium with a throwaway profile (a temp user-data-dir) and nothing that phones home. */
export async function launchBrowser(): Promise<LiveBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'parallax-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  })
  return {
    context,
    close: async () => {
      await context.close()
      rmSync(profile, { recursive: true, force: true })
    },
  }
}
