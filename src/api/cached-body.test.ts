import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { Hono } from 'hono'
import { describe, expect, test } from 'vitest'
import type { ApiEnv } from './api-env.js'
import { cachedBody, sendCached } from './cached-body.js'

const TEXT = `<p>${'Lukashenko asks Putin for Oreshnik missiles. '.repeat(400)}</p>`

async function until(ready: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !ready(); i++) await new Promise((r) => setTimeout(r, 10))
}

describe('sendCached', () => {
  test('brotli once made to a client that accepts it, gzip before that and to one that accepts only gzip, plain otherwise', async () => {
    const body = cachedBody(TEXT)
    const app = new Hono<ApiEnv>().get('/', (c) => sendCached(c, body, 'text/html; charset=UTF-8'))
    const get = async (acceptEncoding?: string) => {
      const res = await app.request('/', acceptEncoding === undefined ? {} : { headers: { 'accept-encoding': acceptEncoding } })
      expect(res.headers.get('vary')).toBe('Accept-Encoding')
      return { coding: res.headers.get('content-encoding'), bytes: Buffer.from(await res.arrayBuffer()) }
    }
    const early = await get('gzip, deflate, br')
    if (body.br === undefined) expect(early.coding).toBe('gzip')
    await until(() => body.br !== undefined)
    expect(body.br?.length).toBeLessThan(body.gzip.length)
    const br = await get('gzip, deflate, br')
    expect(br.coding).toBe('br')
    expect(brotliDecompressSync(br.bytes).toString()).toBe(TEXT)
    for (const accept of ['gzip', 'br;q=0, gzip', 'GZIP;q=0.5']) {
      const gz = await get(accept)
      expect(gz.coding, accept).toBe('gzip')
      expect(gunzipSync(gz.bytes).toString()).toBe(TEXT)
    }
    for (const accept of [undefined, 'identity', 'gzip;q=0']) {
      const plain = await get(accept)
      expect(plain.coding, accept).toBeNull()
      expect(plain.bytes.toString()).toBe(TEXT)
    }
  })
})
