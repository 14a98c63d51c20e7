import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { hasSentence, looksLikeProse } from './looks-like-prose.js'

const PASSWD = `root:x:0:0:root:/root:/bin/bash
daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
list:x:38:38:Mailing List Manager:/var/list:/usr/sbin/nologin
nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin`

const LOG = `2024-12-06 10:00:01 startup archives unpack
2024-12-06 10:00:02 install libc6:amd64 <none> 2.36-9
2024-12-06 10:00:02 status half-installed libc6:amd64 2.36-9
2024-12-06 10:00:03 status unpacked libc6:amd64 2.36-9
2024-12-06 10:00:03 configure libc6:amd64 2.36-9 <none>`

const CODE = `import { join } from 'node:path'

export function greet(name: string): string {
  const greeting = \`Hello, \${name}\`
  return greeting
}

for (const name of ['Ann', 'Bob']) {
  console.log(greet(name))
}`

const CSV = `country,capital,population
Poland,Warsaw,36753736
Ukraine,Kyiv,38000000
Belarus,Minsk,9200000`

describe('looksLikeProse', () => {
  it.each([
    ['English news', 'Belarusian President Alexander Lukashenko met Vladimir Putin in Minsk on Friday. He asked for missiles.'],
    ['Russian news', 'Президент Белоруссии Александр Лукашенко встретился с Владимиром Путиным в Минске. Он попросил ракеты.'],
    ['figure-heavy business copy', 'Shares rose 3.2% to $45.10 on Tuesday, the highest since 2019. Revenue was $1.2 billion, up 14%.'],
    ['a tokenised corpus line', 'An earthquake with a preliminary magnitude of 4 . 6 was recorded in the North Bay , according to the U . S . G . S .'],
    ['a headline alone', 'Esther Williams, swimming star, dies at 91'],
  ])('%s is prose', (_, text) => expect(looksLikeProse(text)).toBe(true))

  it.each([
    ['a password file', PASSWD],
    ['a package log', LOG],
    ['source code', CODE],
    ['a CSV table', CSV],
    ['a list of words without one sentence', 'Minsk\nWarsaw\nKyiv\nVilnius\nRiga'],
  ])('%s is not', (_, text) => expect(looksLikeProse(text)).toBe(false))
})

describe('hasSentence', () => {
  // The regular expression it replaces: the slow, obvious version.
  const SENTENCE = /\p{L}+[^\n.!?]*?\s\p{L}+[^\n.!?]*?\s\p{L}+[^\n]*?[.!?…](?:["'»”’)\]]*)(?:\s|$)/u
  const pieces = ['a', 'Ab', 'żó', 'Лк', '𝒜', ' ', ' ', ' ', '\n', '\t', '\u00a0', '\u2028', '.', '!', '?', '…', '"', '»', '’', ')', ']', ',', '-', '1']

  it('answers as the regular expression on random texts', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof({ arbitrary: fc.constantFrom('word', 'Word', ' ', '. '), weight: 6 }, { arbitrary: fc.constantFrom(...pieces), weight: 4 }), { minLength: 8, maxLength: 40 }), (parts) => {
        const text = parts.join('')
        expect(hasSentence(text)).toBe(SENTENCE.test(text))
      }),
      { seed: 19, numRuns: 5_000 },
    )
  })

  it('is linear on a long line without a full stop', () => {
    const line = 'Word Another third '.repeat(20_000)
    const start = performance.now()
    expect(hasSentence(line)).toBe(false)
    expect(performance.now() - start).toBeLessThan(1_000)
  })
})
