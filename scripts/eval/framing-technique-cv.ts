/**
 * Cross-validates the technique classifier alone on the gold spans of PTC dev (5 folds by article) and prints
 * its micro-F1 (= accuracy). Used to choose span features; scripts/eval/framing.ts gives the reported figure.
 *
 *   npx tsx scripts/eval/framing-technique-cv.ts
 */
import { classifyTechnique, loadTechniqueClassifier, tokenizeWords, tokensOverlapping } from '../../src/pipeline/framing/index.js'
import { readPtc } from '../train/bench-data.js'
import { foldOf } from '../train/cross-validate.js'
import { FROM_PTC, techniqueExamples, trainTechniques } from '../train/train-techniques.js'

const ptc = readPtc()
const folds = foldOf(ptc.map((a) => a.id), 5)
let correct = 0
let total = 0
for (let f = 0; f < 5; f++) {
  const classifier = loadTechniqueClassifier(trainTechniques(techniqueExamples(ptc.filter((a) => folds.get(a.id) !== f))))
  for (const article of ptc.filter((a) => folds.get(a.id) === f)) {
    const tokens = tokenizeWords(article.text)
    for (const gold of article.techniques) {
      total += 1
      const range = tokensOverlapping(tokens, gold)
      const predicted = range === undefined ? 'loaded-language' : classifyTechnique(article.text, tokens, range, classifier).technique
      if (predicted === FROM_PTC[gold.technique]) correct += 1
    }
  }
}
console.log(`technique micro-F1 ${(correct / total).toFixed(3)} (${correct}/${total})`)
