export { type BriefArticle } from './brief-article.js'
export { briefWords } from './brief-words.js'
export { SELECTION } from './select-sentences.js'
export { BRIEF_TEMPLATE_WORDS, writeBrief, type BriefFact, type BriefOptions } from './write-brief.js'
