import { describe, expect, test } from 'vitest'
import { detokenize } from '../../scripts/eval/lib/detokenize.js'

describe('detokenize', () => {
  test.each([
    [['He', 'said', '``', 'no', "''", '.'], 'He said “no”.'],
    [['Jackman', "'s", 'role', ',', 'he', 'did', "n't", 'say'], "Jackman's role, he didn't say"],
    [['the', 'U', '.', 'S', '.', 'prison', '(', 'Mo', '.', ')'], 'the U.S. prison (Mo.)'],
    [['cost', '$', '2', '.', '6', 'million'], 'cost $2.6 million'],
    [['at', '08', ':', '06AM', ':', 'the', 'time', '’', 's', 'up'], 'at 08:06AM: the time’s up'],
    [['She', 'said', '"', 'go', 'home', '"', 'and', 'left'], 'She said "go home" and left'],
  ])('%j → %s', (tokens, expected) => {
    expect(detokenize([tokens]).text).toBe(expected)
  })

  test('token spans point at each token and sentences are paragraphs', () => {
    const { text, tokenSpans } = detokenize([['Hugh', 'Jackman', '.'], ['He', 'hosts', '.']])
    expect(text).toBe('Hugh Jackman.\n\nHe hosts.')
    expect(tokenSpans.map((s) => text.slice(s.start, s.end))).toEqual(['Hugh', 'Jackman', '.', 'He', 'hosts', '.'])
  })
})
