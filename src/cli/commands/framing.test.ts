import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { main } from '../main.js'
import type { FramingResult } from './framing.js'

const seeds = new URL('../../../../shared/seeds/', import.meta.url)
const loaded = fileURLToPath(new URL('000_ab4b00356de3292d.txt', seeds))
const neutral = fileURLToPath(new URL('002_5f50d3ae80105f63.txt', seeds))

function capture(): { out: () => string; err: () => string } {
  let out = ''
  let err = ''
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true))
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((err += String(chunk)), true))
  return { out: () => out, err: () => err }
}

afterEach(() => {
  vi.restoreAllMocks()
  process.exitCode = undefined
})

describe('parallax framing', () => {
  test('--json gives source, score and spans whose offsets index the cleaned article text', async () => {
    const io = capture()
    expect(await main(['framing', '--json', loaded, neutral])).toBe(0)
    const results = JSON.parse(io.out()) as FramingResult[]
    expect(results.map((r) => r.source)).toEqual([loaded, neutral])
    const [first, second] = results
    expect(first!.spans.map((s) => s.text)).toContain('illegitimate president of the Russian Federation')
    expect(Object.keys(first!.spans[0]!).sort()).toEqual(['confidence', 'end', 'explanation', 'start', 'technique', 'text'])
    expect(first!.score).toBeGreaterThan(1.5)
    expect(second!.score).toBeLessThan(0.3)
  })

  test('a missing file is reported and the batch goes on; nothing readable is a usage error', async () => {
    const io = capture()
    expect(await main(['framing', '--json', '/nonexistent/a.txt', neutral])).toBe(0)
    expect(io.err()).toContain('skipped /nonexistent/a.txt (unreadable)')
    expect((JSON.parse(io.out()) as FramingResult[]).map((r) => r.source)).toEqual([neutral])
    expect(await main(['framing', '/nonexistent/a.txt'])).toBe(2)
    expect(io.err()).toContain('nothing could be analysed')
  })
})
