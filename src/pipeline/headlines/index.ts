export { headlineFraming } from './headline-framing.js'
export { compareHeadlines, type HeadlineInput } from './compare-headlines.js'
export { mostNeutralTitle, type TitleCandidate } from './most-neutral-title.js'
export { unsharedWording } from './unshared-wording.js'
