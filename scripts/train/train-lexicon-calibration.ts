/**
 * Fits the lexicon's calibrated confidences on the framing dev halves (BABE, BASIL, PTC) and writes
 * src/pipeline/framing/weights/lexicon-calibration.json. Deterministic: same data, same file.
 * Checked by two-fold cross-validation in scripts/eval/framing-calibration.ts (reliability curve, docs/MODELS.md).
 *
 *   npx tsx scripts/train/train-lexicon-calibration.ts
 */
import { writeFileSync } from 'node:fs'
import { fitLexiconCalibration } from '../../src/pipeline/framing/lexicon-calibration.js'
import { CALIBRATION_PRIOR } from './calibration-prior.js'
import { lexiconObservations } from './lexicon-observations.js'

const path = new URL('../../src/pipeline/framing/weights/lexicon-calibration.json', import.meta.url)

const observations = lexiconObservations()
const table = fitLexiconCalibration(observations, CALIBRATION_PRIOR)
writeFileSync(path, `${JSON.stringify(table)}\n`)
console.log(`lexicon calibration: ${observations.length} dev spans, ${Object.keys(table.entries).length} entries, pooled ${table.pooled.toFixed(3)} → ${path.pathname}`)
