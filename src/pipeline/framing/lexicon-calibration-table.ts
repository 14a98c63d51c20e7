import table from './weights/lexicon-calibration.json' with { type: 'json' }
import type { LexiconCalibration } from './lexicon-calibration.js'

/** The committed calibration of lexicon confidences, fitted on dev by scripts/train/train-lexicon-calibration.ts. */
export const LEXICON_CALIBRATION: LexiconCalibration = table as LexiconCalibration
