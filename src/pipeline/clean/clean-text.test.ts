import { expect, test } from 'vitest'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { cleanHeadline, cleanText } from './clean-text.js'

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

test('cleanHeadline finds the title cleanText finds, at the same place', () => {
  const headline = (input: string) => {
    const { title, titleAt } = cleanText(input)
    return { ...(title === undefined ? {} : { title }), ...(titleAt === undefined ? {} : { titleAt }) }
  }
  const examples = join(import.meta.dirname, '../../../examples')
  const inputs = [
    ...readdirSync(examples, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(examples, f), 'utf8')),
    'NewsBig title\n\nBig title\n\nBody.',
    'Big title\nBig title\n\nBody text goes on here.',
    'World Europe Leaders meet\nLeaders meet\n\nThey met.',
    'One line of prose that is its own headline and body',
    'Headline\n\nA long first paragraph that runs on and on, longer than the headline above it.',
  ]
  for (const input of inputs) expect(cleanHeadline(input)).toEqual(headline(input))
  const line = fc.constantFrom('News', 'Big title', 'Big title.', 'Body text of the story goes here.', 'By Anna Nowak', '', 'World Europe Big title', '© 2024')
  fc.assert(
    fc.property(fc.array(line, { maxLength: 6 }), fc.constantFrom('\n', '\n\n'), (lines, gap) => {
      const input = lines.join(gap)
      expect(cleanHeadline(input)).toEqual(headline(input))
    }),
    { seed: 19, numRuns: 300 },
  )
})
