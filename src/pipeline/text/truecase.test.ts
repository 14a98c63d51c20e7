import { describe, expect, test } from 'vitest'
import { truecaseTitleLines } from './index.js'

describe('truecaseTitleLines', () => {
  const body = 'Ellen DeGeneres will host the Oscars again. The star died on Friday at the age of 91, her agent said.'

  test('lower-cases the words of a title-case headline the text writes in lower case, and function words', () => {
    const text = `Ellen DeGeneres To Host 86th Oscars\n${body}`
    const cased = truecaseTitleLines(text)
    expect(cased.split('\n')[0]).toBe('Ellen DeGeneres to host 86th Oscars')
    expect(cased.length).toBe(text.length)
    expect(cased.slice(cased.indexOf('\n'))).toBe(text.slice(text.indexOf('\n')))
  })

  test('inflected forms meet by their stem ("Dies" / "died"); names capitalised mid-sentence stay', () => {
    expect(truecaseTitleLines(`Technicolor Star Dies At Age 91\n${body}`).split('\n')[0]).toBe('Technicolor star dies at age 91')
    const page = 'Pin-Up Model Bettie Page Dies\nMs Page was 85. She died in a hospital near the model page of her site.'
    expect(truecaseTitleLines(page).split('\n')[0]).toBe('Pin-Up model Bettie Page dies')
  })

  test('sentence-case lines, lines in capitals and texts without a title-case line are unchanged', () => {
    for (const text of [`Ellen DeGeneres to host the Oscars\n${body}`, `BREAKING NEWS FROM THE OSCARS TODAY\n${body}`, body]) {
      expect(truecaseTitleLines(text)).toBe(text)
    }
  })

  test('German nouns stay capitalised: only words the text writes in lower case are lowered', () => {
    const text = 'Die Regierung In Berlin Kündigt Neue Hilfen An\nDie Regierung kündigt Hilfen an.'
    expect(truecaseTitleLines(text).split('\n')[0]).toBe('Die Regierung in Berlin kündigt Neue Hilfen an')
  })
})
