/**
 * Trains the English phrase tagger (logistic regression over phrase-features.ts: is this word inside a
 * propaganda span?) on the span-identification gold of the PTC dev half, and writes it to OUT. Deterministic:
 * same data, same file. The tagger is opt-in (`createFramingDetector({ phrases: loadPhraseTagger(json) })`)
 * and its weights are not committed; docs/MODELS.md says why.
 *
 *   npx tsx scripts/train/train-phrases.ts OUT.json
 */
import { writeFileSync } from 'node:fs'
import type { FramingSpan } from '../../src/model/index.js'
import {
  createFramingDetector,
  forEachPhraseFeature,
  forEachSentence,
  markTokens,
  sentenceShape,
  tokenizeWords,
  type PhraseTaggerWeightsFile,
} from '../../src/pipeline/framing/index.js'
import { readPtc, type PtcArticle } from './bench-data.js'
import { trainLogistic, type LogisticExample } from './train-logistic.js'

// Five-fold CV by article on PTC dev (scripts/eval/framing-phrase-cv.ts): L2 1e-4 or 1e-3 and 4 or 8 epochs
// gave the same F1 (±0.002). The lexicon features raised the tagger's own F1 at p ≥ 0.5 from 0.162 (P 0.467)
// to 0.183 (P 0.475); a bag of the sentence's word clusters moved along the same P/R curve (not kept).
const OPTIONS = { epochs: 4, learningRate: 0.1, l2: 1e-3, minCount: 3, prune: 0.05, seed: 20_200_911 }
// p ≥ 0.6: with the detector (scripts/eval/framing.ts --phrases 0.6) PTC span F1 0.240 → 0.250 (P 0.433 →
// 0.437) but BABE biased-word P 0.598 → 0.554; at 0.5 span F1 0.264 (P 0.432) and BABE word P 0.447.
export const PHRASE_THRESHOLD = 0.6
export const PHRASE_MAX_GAP = 2

/**
 * One example per word of each article: inside a gold span-identification span or not. `upstream` is the
 * detector without the phrase tagger (lexicons + loaded-word model), whose spans are features.
 */
export function phraseExamples(articles: readonly PtcArticle[], upstream: (text: string) => readonly FramingSpan[]): LogisticExample[] {
  const examples: LogisticExample[] = []
  for (const article of articles) {
    const tokens = tokenizeWords(article.text)
    const marks = markTokens(tokens, upstream(article.text))
    forEachSentence(tokens, (first, last) => {
      const shape = sentenceShape(article.text, tokens, first, last, marks)
      for (let i = first; i <= last; i++) {
        const features: string[] = []
        forEachPhraseFeature(article.text, tokens, i, shape, (f) => features.push(f))
        const t = tokens[i]!
        examples.push({ features, label: article.si.some((s) => s.start < t.end && s.end > t.start) ? 1 : 0 })
      }
    })
  }
  return examples
}

export function trainPhrases(articles: readonly PtcArticle[], upstream: (text: string) => readonly FramingSpan[]): PhraseTaggerWeightsFile {
  return { description: '', threshold: PHRASE_THRESHOLD, maxGap: PHRASE_MAX_GAP, ...trainLogistic(phraseExamples(articles, upstream), OPTIONS) }
}

function main(): void {
  const out = process.argv[2]
  if (out === undefined || !out.endsWith('.json')) {
    process.stderr.write('usage: train-phrases.ts OUT.json\n')
    process.exitCode = 2
    return
  }
  const articles = readPtc()
  const file: PhraseTaggerWeightsFile = {
    // The committed lexicons and loaded-word model, as the detector will run them.
    ...trainPhrases(articles, createFramingDetector({ language: 'en', phrases: null })),
    description:
      'Phrase tagger (logistic regression over words and clusters two either side, word pair, sentence shape; scripts/train/train-phrases.ts). ' +
      'Trained on the span-identification gold of the PTC dev half (SemEval-2020 Task 11; no licence stated, research use). See docs/MODELS.md.',
  }
  writeFileSync(out, JSON.stringify(file) + '\n')
  process.stdout.write(`trained on ${articles.length} PTC articles; kept ${file.features.length} features\n`)
}

if (import.meta.url === `file://${process.argv[1]}`) main()
