import type { WordToken } from './tokenize-words.js'

/**
 * Runs of tokens whose log-odds reach `minLogit`, within one sentence, as [first, last] pairs. A gap of up to
 * `maxGap` words below the threshold between two runs is bridged when the words on both sides pass
 * ("a [truly] disgraceful, [shameful] act" → one span): PTC spans are phrases, and a tagger that scores words
 * one at a time leaves holes in them.
 */
export function decodeRuns(tokens: readonly WordToken[], logits: Float64Array, minLogit: number, maxGap: number): [number, number][] {
  const runs: [number, number][] = []
  let i = 0
  while (i < tokens.length) {
    if (logits[i]! < minLogit) {
      i++
      continue
    }
    const sentence = tokens[i]!.sentence
    const first = i
    let last = i
    let k = i + 1
    while (k < tokens.length && tokens[k]!.sentence === sentence) {
      if (logits[k]! >= minLogit) {
        last = k
        k++
        continue
      }
      let j = k
      while (j < tokens.length && j - k < maxGap && tokens[j]!.sentence === sentence && logits[j]! < minLogit) j++
      if (j < tokens.length && j - k <= maxGap && tokens[j]!.sentence === sentence && logits[j]! >= minLogit) {
        k = j
        continue
      }
      break
    }
    runs.push([first, last])
    i = last + 1
  }
  return runs
}
