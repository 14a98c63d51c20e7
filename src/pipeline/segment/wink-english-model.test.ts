import { createRequire } from 'node:module'
import { isDeepStrictEqual } from 'node:util'
import winkNLP from 'wink-nlp'
import packageModel from 'wink-eng-lite-web-model'
import { describe, expect, test } from 'vitest'
import { readCoreModel, winkEnglishModel } from './wink-english-model.js'

const require = createRequire(import.meta.url)

describe('winkEnglishModel', () => {
  test('the core model equals what the package itself loads', () => {
    const loadCoreModel = require('wink-eng-lite-web-model/dist/load-core-model.js') as () => unknown
    expect(isDeepStrictEqual(readCoreModel(), loadCoreModel())).toBe(true)
  })

  test('tokens, sentences, POS and lemmas equal the package model', () => {
    const text =
      'Sen. Warren spoke on Dec. 6 in Minsk. "We will not stop," she said — then left at 5 p.m.!\nThe U.S. economy grew 2.1 percent; Łukaszenka’s men were running, cheering and laughing. Dr. Smith, Ph.D., disagreed.'
    const read = (nlp: ReturnType<typeof winkNLP>) => {
      const doc = nlp.readDoc(text)
      return {
        tokens: doc.tokens().out(),
        pos: doc.tokens().out(nlp.its.pos),
        lemmas: doc.tokens().out(nlp.its.lemma as never),
        sentences: doc.sentences().out(nlp.its.span),
      }
    }
    expect(read(winkNLP(winkEnglishModel(), ['sbd', 'pos']))).toEqual(read(winkNLP(packageModel, ['sbd', 'pos'])))
  })
})
