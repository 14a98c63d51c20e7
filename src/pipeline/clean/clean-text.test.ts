import { expect, test } from 'vitest'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { cleanHeadline, cleanText, withoutLines } from './clean-text.js'

test('a one-line text is its own title and its own body', () => {
  const line = 'Police in the capital detained 213 drunk drivers this year'
  const cleaned = cleanText(line)
  expect(cleaned.text).toBe(line)
  expect(cleaned.title).toBe(line)
})

test('a first line ending in a full stop inside quotation marks is a sentence, not a headline', () => {
  const text = `"We're just dealing with bragging rights here, who wins and who loses."\n\nThe coach said it after the game.`
  const cleaned = cleanText(text)
  expect(cleaned.text.startsWith('"We\'re just dealing')).toBe(true)
  expect(cleaned.removed.filter((r) => r.reason === 'headline')).toEqual([])
})

test('cleanHeadline finds the title cleanText finds, at the same place, the same dateline and byline, and the metadata lines at the top it removes', () => {
  const METADATA = new Set(['headline', 'section-label', 'repeated-headline', 'dateline', 'byline'])
  const headline = (input: string) => {
    const { title, titleAt, publishedAt, byline, removed } = cleanText(input)
    // cleanText's removals of headline, datelines and byline lines at the top, as whole lines (a section label and
    // the headline glued to it are one line); a byline further down, or a name under an image credit, is not.
    const head = removed.filter((r) => METADATA.has(r.reason) && (r.reason !== 'byline' || (r.start <= topEnd(input) && BYLINE_LINE.test(r.text))))
    const topLines: { start: number; end: number }[] = []
    for (const r of head) {
      const last = topLines.at(-1)
      if (last && last.end === r.start) last.end = r.end
      else topLines.push({ start: r.start, end: r.end })
    }
    return {
      ...(title === undefined ? {} : { title }),
      ...(titleAt === undefined ? {} : { titleAt }),
      ...(publishedAt === undefined ? {} : { publishedAt }),
      ...(byline === undefined ? {} : { byline }),
      ...(topLines.length === 0 ? {} : { topLines }),
    }
  }
  const examples = join(import.meta.dirname, '../../../examples')
  const inputs = [
    ...readdirSync(examples, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(examples, f), 'utf8')),
    'NewsBig title\n\nBig title\n\nBody.',
    'Big title\nBig title\n\nBody text goes on here.',
    'World Europe Leaders meet\nLeaders meet\n\nThey met.',
    'One line of prose that is its own headline and body',
    'Headline\n\nA long first paragraph that runs on and on, longer than the headline above it.',
    'Friday, June 7, 2013\n\nBig title\n\nBody text goes on here.',
    'Big title\nBy Anna Nowak\n06/06/13 07:05 PM ET\nBody text goes on here.',
    'Big title\nОпубликовано: 06.12.2024\n\nBody text goes on here.',
    '6 grudnia 2024, 14:30\nUpdated 7 December 2024\nBig title\n\nBody text goes on here.',
    // Bylines below the top: a byline line, a name under an image credit, and neither (a credit line under the name).
    'Big title\n\nBody text goes on here.\n\nMore body text.\n\nWritten by Anna Nowak',
    'Big title\n\nBody text goes on here.\n\nLeaders meet\nImages source: © Getty Images\nAdam Zygiel\n\nMore body text.',
    'Big title\n\nBody text goes on here.\n\nAdam Zygiel\nImages source: © Getty Images\n\nMore body text.',
    'Big title\n\nBody text goes on here.\n\nPhoto: Reuters/\nAdam Zygiel\nAdam Zygiel\n\nBy Jan Kowalski',
  ]
  for (const input of inputs) expect(cleanHeadline(input), input).toEqual(headline(input))
  const line = fc.constantFrom(
    'News',
    'Big title',
    'Big title.',
    'Body text of the story goes here.',
    'By Anna Nowak',
    '',
    'World Europe Big title',
    '© 2024',
    'June 7, 2013',
    'Photo: Getty Images',
    'Adam Zygiel',
    'Share',
  )
  fc.assert(
    fc.property(fc.array(line, { maxLength: 8 }), fc.constantFrom('\n', '\n\n'), (lines, gap) => {
      const input = lines.join(gap)
      expect(cleanHeadline(input)).toEqual(headline(input))
    }),
    { seed: 19, numRuns: 500 },
  )
})

const BYLINE_LINE = /^(by|written by|author:|autor:|автор:)\s/i

/** Where the fourth non-blank line of `input` ends: bylines up to there are read as the top's; a one-line text has no top. */
function topEnd(input: string): number {
  let seen = 0
  const re = /[^\r\n]*\S[^\r\n]*/g
  for (let m = re.exec(input); m; m = re.exec(input)) if (++seen === 4) return m.index + m[0].length
  return seen < 2 ? -1 : input.length
}

test('withoutLines cuts whole lines and keeps the breaks around them', () => {
  const input = 'NewsBig title\n\nBig title\nBy Anna Nowak\n\nBody.'
  const { topLines } = cleanHeadline(input)
  expect(topLines?.map((l) => input.slice(l.start, l.end))).toEqual(['NewsBig title', 'Big title', 'By Anna Nowak'])
  expect(withoutLines(input, topLines ?? [])).toBe('\n\n\n\n\nBody.')
  expect(withoutLines(input, [])).toBe(input)
})

test('a dateline above or below the headline is metadata: never the title, never body, and it dates the article', () => {
  const above = cleanText('Friday, June 7, 2013\n\nHollywood mermaid Esther Williams dies\n\nEsther Williams has died. She was 91.')
  expect(above.title).toBe('Hollywood mermaid Esther Williams dies')
  expect(above.text).toBe('Esther Williams has died. She was 91.')
  expect(above.publishedAt).toBe('2013-06-07')
  expect(above.removed.map((r) => [r.reason, r.text])).toEqual([
    ['dateline', 'Friday, June 7, 2013'],
    ['headline', 'Hollywood mermaid Esther Williams dies'],
  ])
  // Lines joined by single line breaks: the byline and dateline under the headline part it from the body.
  const under = cleanText('Esther Williams dies at 91\nBy Anna Nowak\n06/06/13 07:05 PM ET EDT\nThe swimmer turned actress died on Thursday.')
  expect(under.title).toBe('Esther Williams dies at 91')
  expect(under.byline).toBe('Anna Nowak')
  expect(under.publishedAt).toBe('2013-06-06')
  expect(under.text).toBe('The swimmer turned actress died on Thursday.')
  // A date inside a headline or a sentence is not a dateline.
  const headline = cleanText('Talks collapse on June 7\n\nThe talks collapsed on June 7, 2013.')
  expect(headline.title).toBe('Talks collapse on June 7')
  expect(headline.publishedAt).toBeUndefined()
})
