import { createRequire } from 'node:module'
import { isDeepStrictEqual, types } from 'node:util'
import winkNLP from 'wink-nlp'
import packageModel from 'wink-eng-lite-web-model'
import { describe, expect, test } from 'vitest'
import { coreModelFrom, lemmaExceptionsJson, prepareCoreModel, readCoreModel, sortedLinesTable, winkEnglishModel } from './wink-english-model.js'

const require = createRequire(import.meta.url)

interface CoreModel {
  features: { lexeme: { list: string[]; hash: Record<string, number> } } & Record<string, unknown>
}

describe('winkEnglishModel', () => {
  test.each([
    ['read from the package file', () => coreModelFrom(undefined)],
    ['read from the file the build prepares', () => coreModelFrom(prepareCoreModel())],
  ])('the core model %s equals what the package itself loads', (_, read) => {
    const loadCoreModel = require('wink-eng-lite-web-model/dist/load-core-model.js') as () => CoreModel
    const theirs = loadCoreModel()
    const ours = read() as unknown as CoreModel
    // The lexeme list and hash are read on demand (lexeme-index.ts): compared word by word, the rest as a whole.
    const { list, hash } = ours.features.lexeme
    // The installed package's file is laid out as parseCoreModel expects (else it is parsed whole, slowly).
    expect(types.isProxy(list)).toBe(true)
    expect(list.length).toBe(theirs.features.lexeme.list.length)
    const wrong = theirs.features.lexeme.list.filter((word, k) => list[k] !== word || hash[word] !== k || theirs.features.lexeme.hash[word] !== k)
    expect(wrong).toEqual([])
    for (const word of ['', 'no-such-wordzz', 'constructor', '__proto__', 'Łukaszenka', 'hasOwnProperty']) expect(hash[word]).toBe(theirs.features.lexeme.hash[word])
    const withoutLexemes = (model: CoreModel) => ({ ...model, features: { ...model.features, lexeme: { ...model.features.lexeme, list: [], hash: {} } } })
    expect(isDeepStrictEqual(withoutLexemes(ours), withoutLexemes(theirs))).toBe(true)
  })

  test('a prepared model is used only when it was made from the installed file and is whole', () => {
    const firstWord = (model: unknown) => (model as CoreModel).features.lexeme.list[0]
    const real = firstWord(coreModelFrom(undefined))
    expect(real).toBe('$%^oov^%$')
    // The list's bytes end the file, as the package file has them from its first word on: `"$%^oov^%$","\n",…`.
    // A changed letter shows which model was read.
    const prepared = prepareCoreModel()
    prepared[prepared.length - prepared.readUInt32LE(24) + 2] = 0x51 // 'Q'
    expect(firstWord(coreModelFrom(prepared))).toBe('$Q^oov^%$')
    const otherSource = Buffer.from(prepared)
    otherSource.writeUInt32LE(otherSource.readUInt32LE(4) + 1, 4)
    expect(firstWord(coreModelFrom(otherSource))).toBe(real)
    expect(firstWord(coreModelFrom(prepared.subarray(0, prepared.length - 1)))).toBe(real)
    expect(firstWord(coreModelFrom(Buffer.from('PXWM')))).toBe(real)
  })

  test('the lexeme list and hash grow as wink grows them: push, and new words set in the hash', () => {
    const { list, hash } = (readCoreModel() as unknown as CoreModel).features.lexeme
    const size = list.length
    expect(list.push('zzqx-new-word')).toBe(size + 1)
    hash['zzqx-new-word'] = size
    expect([list[size], hash['zzqx-new-word'], list.length]).toEqual(['zzqx-new-word', size, size + 1])
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

  test('the lemma exception tables the build writes answer every word as the package files do, and nothing else', () => {
    const tables = JSON.parse(lemmaExceptionsJson()) as Record<string, string>
    expect(Object.keys(tables)).toEqual(['wn-adjective-exceptions.js', 'wn-noun-exceptions.js', 'wn-verb-exceptions.js'])
    for (const [name, lines] of Object.entries(tables)) {
      const original = require(`wink-eng-lite-web-model/dist/${name}`) as Record<string, string>
      const table = sortedLinesTable(lines)
      const words = Object.keys(original)
      expect(words.length).toBeGreaterThan(1000)
      const wrong = words.filter((word) => table[word] !== original[word])
      expect(wrong).toEqual([])
      for (const other of ['', 'constructor', '__proto__', 'toString', 'zzzzqx', `${words[0]}s`, 'a']) expect(table[other]).toBe(original[other])
    }
  })
})
