import { describe, expect, test } from 'vitest'
import type { RawDocument } from '../../model/index.js'
import { cleanText } from './clean-text.js'
import { readFrontMatter } from './read-front-matter.js'
import { toInputOffset } from './source-map.js'

const FRONT = '---\noutlet: Kyiv Post\npublishedAt: 2024-12-06\nurl: https://www.kyivpost.com/post/42\ntitle: Lukashenko asks for Oreshnik\ntags: [belarus]\n---\n'
const BODY = 'Lukashenko asks for Oreshnik\n\nAlexander Lukashenko asked Vladimir Putin to deploy Oreshnik missiles in Belarus.\n'
const doc = (content: string, extra: Partial<RawDocument> = {}): RawDocument => ({ source: 'kp.txt', format: 'text', content, ...extra })

describe('readFrontMatter', () => {
  test('fills outlet, date, URL and title; the content stays whole and the body starts after the block', () => {
    const read = readFrontMatter(doc(FRONT + BODY))
    expect(read).toEqual({
      document: { ...doc(FRONT + BODY), outlet: 'Kyiv Post', publishedAt: '2024-12-06', url: 'https://www.kyivpost.com/post/42', title: 'Lukashenko asks for Oreshnik' },
      bodyStart: FRONT.length,
    })
  })

  test('what the command line or container gave wins; `date` is read as publishedAt; CRLF lines', () => {
    const content = '---\r\noutlet: Kyiv Post\r\ndate: 2024-12-06T10:30:00+02:00\r\n---\r\nBody text here.'
    const read = readFrontMatter(doc(content, { outlet: 'Given' }))
    expect(read).toMatchObject({ document: { outlet: 'Given', publishedAt: '2024-12-06T10:30:00+02:00' }, bodyStart: content.indexOf('Body') })
  })

  test('the names site generators and feeds use: published, publishDate, author, link', () => {
    const content = '---\npublished: 2024-12-26T10:00:00Z\nauthor: Anna Nowak\nlink: https://example.com/a\n---\nBody text here.'
    expect(readFrontMatter(doc(content))).toMatchObject({
      document: { publishedAt: '2024-12-26T10:00:00Z', byline: 'Anna Nowak', url: 'https://example.com/a' },
      bodyStart: content.indexOf('Body'),
    })
  })

  test.each([
    ['no block', BODY],
    ['rules around a paragraph', '---\nA paragraph between two rules.\n---\nBody.'],
    ['a block of capitalised "keys"', '---\nNote: this text opens with a rule.\n---\nBody.'],
    ['no closing line', '---\noutlet: X\nBody.'],
    ['a block further down', 'Intro.\n---\noutlet: X\n---\nBody.'],
  ])('%s: not front-matter', (_case, content) => {
    expect(readFrontMatter(doc(content))).toEqual({ document: doc(content), bodyStart: 0 })
  })

  test('a block of fields Parallax does not use is front-matter all the same: its lines are no body', () => {
    const content = '---\nlayout: post\ntags: [baltic]\n---\nCable damaged\n\nBody text here.'
    expect(readFrontMatter(doc(content))).toEqual({ document: doc(content), bodyStart: content.indexOf('Cable') })
  })

  test('HTML is never read for front-matter', () => {
    const html = doc('---\noutlet: X\n---\n<html></html>', { format: 'html' })
    expect(readFrontMatter(html)).toEqual({ document: html, bodyStart: 0 })
  })

  test.each([
    ['2024-13-06', 'publishedAt "2024-13-06" is not a date'],
    ['2024-02-30', 'publishedAt "2024-02-30" is not a date'],
    ['6 December 2024', 'publishedAt "6 December 2024" is not a date'],
    ['2024-12-06T25:00', 'publishedAt "2024-12-06T25:00" is not a date'],
  ])('a bad date (%s) skips the input with a clear message', (date, message) => {
    const read = readFrontMatter(doc(`---\noutlet: X\npublishedAt: ${date}\n---\nBody.`))
    expect(read).toMatchObject({ kind: 'skipped', source: 'kp.txt', reason: 'parse-failed' })
    expect((read as { message: string }).message).toContain(`kp.txt: front-matter: ${message}`)
  })

  test.each([
    ['url: www.kyivpost.com', 'url "www.kyivpost.com" is not an http(s) URL'],
    ['outlet: [a, b]', 'outlet must be text, not a list'],
    ['outlet: "unclosed', 'not valid YAML'],
    ['date: 2024-12-06\npublishedAt: 2024-12-06', 'date repeats another field that gives the publishedAt'],
  ])('%s is refused', (line, message) => {
    expect(readFrontMatter(doc(`---\n${line}\n---\nBody.`))).toMatchObject({ kind: 'skipped', message: expect.stringContaining(message) })
  })
})

describe('cleanText after front-matter', () => {
  test('the block is one removal; body offsets map back to the input; the headline is the first body line', () => {
    const input = FRONT + BODY
    const cleaned = cleanText(input, { bodyStart: FRONT.length })
    expect(cleaned.removed[0]).toEqual({ start: 0, end: FRONT.length, text: FRONT, reason: 'front-matter' })
    expect(cleaned.title).toBe('Lukashenko asks for Oreshnik')
    expect(cleaned.text).toBe('Alexander Lukashenko asked Vladimir Putin to deploy Oreshnik missiles in Belarus.')
    const at = cleaned.text.indexOf('Putin')
    expect(input.slice(toInputOffset(cleaned.sourceMap, at), toInputOffset(cleaned.sourceMap, at) + 5)).toBe('Putin')
    expect(cleaned.text).not.toContain('outlet')
  })
})
