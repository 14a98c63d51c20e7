import { spawn, spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { buildCli } from '../cli/built-cli.js'
import { openSeedStore, type SeedStore } from './seed-store.js'

// The built CLI, as users run it (test/cli/built-cli.ts): a child started from source through tsx spent most of
// its time compiling.
const RUN = [buildCli(), 'serve']
let seeds: SeedStore

async function until(condition: () => boolean, ms = 5_000): Promise<void> {
  for (const start = Date.now(); !condition(); ) {
    if (Date.now() - start > ms) throw new Error('timed out')
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

beforeAll(async () => {
  seeds = await openSeedStore('parallax-serve-')
}, 60_000)
afterAll(async () => seeds.close())

describe('parallax serve', () => {
  test('serves the store on a loopback port, answers the API and the UI, and stops cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, [...RUN, '--port', '0', '--db', seeds.dbPath], { env: { ...process.env, PARALLAX_TOKEN: '' } })
    let stderr = ''
    const url = await new Promise<string>((resolve, reject) => {
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString()
        const match = /serving (http:\/\/127\.0\.0\.1:\d+)\//.exec(stderr)
        if (match?.[1]) resolve(match[1])
      })
      child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)))
    })
    expect(stderr).toContain('writes disabled: PARALLAX_TOKEN not set')
    const list = (await (await fetch(`${url}/api/stories`)).json()) as { stories: { outlets: string[] }[] }
    expect(list.stories[0]?.outlets).toEqual(['Kyiv Herald', 'Daily Wrap'])
    const home = await fetch(`${url}/`)
    expect(home.headers.get('content-type')).toContain('text/html')
    expect(await home.text()).toContain('2 independent sources')
    const write = await fetch(`${url}/api/articles`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text":"x"}' })
    expect(write.status).toBe(403)
    // The access log: one line per request, with its status, refused ones included.
    await until(() => /POST \/api\/articles 403/.test(stderr))
    const log = stderr.split('\n').filter((line) => /^\d{4}-\d\d-\d\dT\S+Z (GET|POST) /.test(line))
    expect(log.map((line) => line.split(' ').slice(1, 4).join(' '))).toEqual(['GET /api/stories 200', 'GET / 200', 'POST /api/articles 403'])
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))
    child.kill('SIGTERM')
    expect(await exited).toBe(0)
  }, 60_000)

  test('--quiet serves without an access log', async () => {
    const child = spawn(process.execPath, [...RUN, '--port', '0', '--quiet', '--db', seeds.dbPath], { env: { ...process.env, PARALLAX_TOKEN: '' } })
    let stderr = ''
    const url = await new Promise<string>((resolve, reject) => {
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString()
        const match = /serving (http:\/\/127\.0\.0\.1:\d+)\//.exec(stderr)
        if (match?.[1]) resolve(match[1])
      })
      child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)))
    })
    expect((await fetch(`${url}/api/stories`)).status).toBe(200)
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))
    child.kill('SIGTERM')
    expect(await exited).toBe(0)
    expect(stderr).not.toContain('/api/stories')
  }, 60_000)

  test.each([
    [['--host', '0.0.0.0'], 'set PARALLAX_TOKEN'],
    [['--port', '70000'], '--port must be 0–65535'],
    [['--compare-timeout', '0'], '--compare-timeout must be a number of seconds > 0, got "0"'],
    [['--rate-limit', '-1'], '--rate-limit must be a whole number ≥ 0, got "-1"'],
    [['--compare-workers', '0'], '--compare-workers must be a whole number ≥ 1, got "0"'],
  ])('%j is refused with a clear message and exit code 2', (args, message) => {
    const r = spawnSync(process.execPath, [...RUN, ...args, '--db', seeds.dbPath], { encoding: 'utf8', env: { ...process.env, PARALLAX_TOKEN: '' } })
    expect(r.status).toBe(2)
    expect(r.stderr).toContain(message)
    expect(r.stderr).not.toMatch(/\n\s+at /)
  })
})
