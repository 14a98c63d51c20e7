// Pseudo-spans of the technique's (or entry's) share added to an entry's own counts when calibrating the lexicon.
// Chosen by two-fold CV on dev (scripts/eval/framing-calibration.ts), expected calibration error by prior:
// 3 0.051, 5 0.043, 10 0.037, 20 0.032, 30 0.040, 40 0.049, 80 0.063.
export const CALIBRATION_PRIOR = 20
