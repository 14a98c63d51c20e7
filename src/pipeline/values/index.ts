export { findDates, estimatePublishedAt, isYearlessDay, type DateMention } from './dates.js'
export { findNumbers, isConsistentNumber, type NumberMention } from './numbers.js'
