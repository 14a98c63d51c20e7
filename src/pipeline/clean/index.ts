export { cleanText, type CleanedText } from './clean-text.js'
export { detectLanguage } from './detect-language.js'
export { toInputOffset } from './source-map.js'
export { readFrontMatter } from './read-front-matter.js'
