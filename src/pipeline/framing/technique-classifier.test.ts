import { expect, test } from 'vitest'
import clauseWeights from './weights/clause-techniques.en.json' with { type: 'json' }
import spanWeights from './weights/techniques.en.json' with { type: 'json' }
import { forEachSpanFeature } from './span-features.js'
import { loadTechniqueClassifier, techniqueProbabilities, type TechniqueWeightsFile } from './technique-classifier.js'
import { tokenizeWords } from './tokenize-words.js'

const TEXT =
  'The radical left slammed the bizarre, dishonest plan! Is it a hoax?\nCritics Called It A Disaster. "A disaster," they said: a disaster.'

test.each([
  ['span classifier', spanWeights],
  ['clause classifier', clauseWeights],
])('%s: the split tables score exactly the training features (forEachSpanFeature)', (_, file: TechniqueWeightsFile) => {
  const classifier = loadTechniqueClassifier(file)
  const n = file.classes.length
  // The reference: each feature's row straight from the file, summed, then the softmax.
  const rowOf = new Map(file.features.map((f, k) => [f, file.weights.slice(k * n, (k + 1) * n)]))
  const tokens = tokenizeWords(TEXT)
  let compared = 0
  for (let first = 0; first < tokens.length; first++) {
    for (let last = first; last < Math.min(tokens.length, first + 12); last++) {
      const z = [...file.bias]
      forEachSpanFeature(TEXT, tokens, { first, last }, (f) => rowOf.get(f)?.forEach((w, c) => (z[c]! += w)))
      const max = Math.max(...z)
      const sum = z.reduce((s, v) => s + Math.exp(v - max), 0)
      const p = techniqueProbabilities(TEXT, tokens, { first, last }, classifier)
      z.forEach((v, c) => expect(p[c]).toBeCloseTo(Math.exp(v - max) / sum, 12))
      compared++
    }
  }
  expect(compared).toBeGreaterThan(200)
})

test('tokensOverlapping: the tokens a character span touches, partly or wholly', async () => {
  const { tokensOverlapping } = await import('./span-features.js')
  const tokens = tokenizeWords('a vile, vile lie')
  expect(tokensOverlapping(tokens, { start: 2, end: 6 })).toEqual({ first: 1, last: 1 })
  expect(tokensOverlapping(tokens, { start: 4, end: 10 })).toEqual({ first: 1, last: 2 })
  expect(tokensOverlapping(tokens, { start: 6, end: 8 })).toBeUndefined()
  expect(tokensOverlapping(tokens, { start: 0, end: 99 })).toEqual({ first: 0, last: 3 })
})
