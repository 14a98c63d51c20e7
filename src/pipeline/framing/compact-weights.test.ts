import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { COMPACT_WEIGHTS, compactWeights, WEIGHTS_DIR } from '../../../scripts/build/build-compact-weights.js'
import { EXAMPLES_DIR } from '../../../test/example-paths.js'
import { featureWeight, englishLoadedWordModel, loadLoadedWordModel, loadedWordProbability, type LoadedWordWeightsFile } from './loaded-word-model.js'
import { englishClauseTechniques, englishTechniques, loadTechniqueClassifier, techniqueProbabilities, type TechniqueWeightsFile } from './technique-classifier.js'
import { englishSentenceTechniques, loadSentenceTechniqueModel, type SentenceTechniqueWeightsFile } from './sentence-technique-model.js'
import { createSentenceBiasDetector } from './create-sentence-bias-detector.js'
import { loadSentenceBiasClassifier, type SentenceBiasWeightsFile } from './sentence-bias-classifier.js'
import { tokenizeWords } from './tokenize-words.js'
import { encodeWeightTable, prefixRange, weightTable } from './weight-table.js'
import { CLUSTER_COUNT, clusterExamples, wordCluster } from './word-clusters.js'

// The models read at run time from the compact sorted tables must score exactly as the training's JSON weights.
const json = <T>(name: string): T => JSON.parse(readFileSync(`${WEIGHTS_DIR}${name}.en.json`, 'utf8')) as T
const seedText = readFileSync(`${EXAMPLES_DIR}/000_ab4b00356de3292d.txt`, 'utf8')

describe('compact weights', () => {
  test.each(COMPACT_WEIGHTS)('weights/%s.en.compact.json and .en.table.bin equal a rebuild from the JSON weights', (name) => {
    const { json, table } = compactWeights(name)
    expect(readFileSync(`${WEIGHTS_DIR}${name}.en.compact.json`, 'utf8') === json).toBe(true)
    expect(readFileSync(`${WEIGHTS_DIR}${name}.en.table.bin`).equals(table)).toBe(true)
  })

  test('weightTable finds every key, and no others', () => {
    const table = weightTable(encodeWeightTable([['a', [1, 0.001]], ['ab', [-2.5, 3]], ['b', [1e-6, -0]], ['ba', [0, 7]], ['caf\u00e9', [0.125, 0]]]))
    expect([table.number('a'), table.number('ab'), table.number('b'), table.number('ba'), table.number('café')]).toEqual([1, -2.5, 1e-6, 0, 0.125])
    expect([table.number(''), table.number('aa'), table.number('abc'), table.number('c'), table.number('0'), table.number('cafe'), table.number('caf\u0119')]).toEqual([undefined, undefined, undefined, undefined, undefined, undefined, undefined])
    expect([...table.rowAt(table.indexOf('ab'))]).toEqual([-2.5, 3])
    expect([table.keyAt(4), table.lowerBound('b'), table.lowerBound('bb')]).toEqual(['café', 2, 4])
  })

  test('prefixRange and a ranged indexOf find the keys under a prefix and only there', () => {
    // In code-unit order '|' sorts after letters: "pw=ab|c" comes before "pw=a|b".
    const table = weightTable(encodeWeightTable(['pw=ab|c', 'pw=a|b', 'pw=a|c', 'pw=a}', 'pw=b|a', 'w=a'].map((key, i) => [key, [i]] as const)))
    expect([prefixRange(table, 'pw=a|'), prefixRange(table, 'pw=ab|'), prefixRange(table, 'pw=x|'), prefixRange(table, 'w=')]).toEqual([[1, 3], [0, 1], [5, 5], [5, 6]])
    expect([table.indexOf('pw=a|c', 1, 3), table.indexOf('pw=ab|c', 1, 3), table.indexOf('pw=ab|c', 0, 1), table.indexOf('pw=a|b', 2, 3)]).toEqual([2, -1, 0, -1])
  })

  test('encodeWeightTable refuses what it could not give back exactly', () => {
    expect(() => encodeWeightTable([['a', [1e-7]]])).toThrow(/six decimals/)
    expect(() => encodeWeightTable([['b', [1]], ['a', [1]]])).toThrow(/out of order/)
    expect(() => encodeWeightTable([['\u0119', [1]]])).toThrow(/Latin-1/)
    expect(() => weightTable(Buffer.from('c=1 0.5'))).toThrow(/not a PXW1 table/)
  })

  test('every clustered word has its cluster; other words none', () => {
    const file = json<{ clusters: string[] }>('word-clusters')
    expect(file.clusters).toHaveLength(CLUSTER_COUNT)
    file.clusters.forEach((words, c) => {
      for (const word of words.split(' ')) if (wordCluster(word) !== c) expect(`${word} → ${wordCluster(word)}`).toBe(`${word} → ${c}`)
      expect(clusterExamples(c)).toEqual(words.split(' ').slice(0, 2))
    })
    for (const word of ['', '<s>', '</s>', 'zzzzqx', 'Minsk']) expect(wordCluster(word)).toBeUndefined()
  })

  test('the loaded-word model: every feature weight and every token probability as from the JSON weights', () => {
    const file = json<LoadedWordWeightsFile>('loaded-words')
    const fromJson = loadLoadedWordModel(file)
    const compact = englishLoadedWordModel()
    expect([compact.bias, compact.threshold]).toEqual([file.bias, file.threshold])
    file.features.forEach((feature, k) => {
      if (featureWeight(compact, feature) !== file.weights[k]) expect(`${feature} ${featureWeight(compact, feature)}`).toBe(`${feature} ${file.weights[k]}`)
    })
    const tokens = tokenizeWords(`${seedText}\nThe vile, disgraceful regime of so-called leaders slammed the bizarre plan.`)
    for (let i = 0; i < tokens.length; i++) expect(loadedWordProbability(tokens, i, compact)).toBe(loadedWordProbability(tokens, i, fromJson))
  })

  test.each([
    ['techniques', englishTechniques],
    ['clause-techniques', englishClauseTechniques],
  ] as const)('the %s classifier: every row and span probability as from the JSON weights', (name, english) => {
    const file = json<TechniqueWeightsFile>(name)
    const fromJson = loadTechniqueClassifier(file)
    const compact = english()
    expect(compact.classes).toEqual(fromJson.classes)
    expect([...compact.bias]).toEqual([...fromJson.bias])
    for (const feature of file.features) expect([...(compact.rows.get(feature) ?? [])]).toEqual([...fromJson.rows.get(feature)!])
    expect(compact.tables.cluster.map((row) => (row ? [...row] : null))).toEqual(fromJson.tables.cluster.map((row) => (row ? [...row] : null)))
    const tokens = tokenizeWords(seedText)
    for (let first = 0; first + 4 < tokens.length; first += 3) {
      const range = { first, last: first + (first % 5) }
      expect([...techniqueProbabilities(seedText, tokens, range, compact)]).toEqual([...techniqueProbabilities(seedText, tokens, range, fromJson)])
    }
  })

  test('the sentence technique model: every weight as from the JSON weights', () => {
    const file = json<SentenceTechniqueWeightsFile>('sentence-techniques')
    const fromJson = loadSentenceTechniqueModel(file)
    const compact = englishSentenceTechniques()
    expect([compact.bias, compact.threshold]).toEqual([file.bias, file.threshold])
    for (const feature of file.features) expect(compact.weights.get(feature)).toBe(fromJson.weights.get(feature))
    for (const word of ['experts', 'the', 'zzzzqx']) {
      expect(compact.word.get(word)).toBe(fromJson.word.get(word))
      expect(compact.firstWord.get(word)).toBe(fromJson.firstWord.get(word))
    }
    expect([...compact.cluster]).toEqual([...fromJson.cluster])
  })

  test('the sentence bias classifier: the same verdicts as from the JSON weights', () => {
    const file = json<SentenceBiasWeightsFile>('sentence-bias')
    const text = `${seedText}\nThe radical left slammed the bizarre plan.`
    expect(createSentenceBiasDetector()(text)).toEqual(createSentenceBiasDetector({ classifier: loadSentenceBiasClassifier(file) })(text))
  })
})
