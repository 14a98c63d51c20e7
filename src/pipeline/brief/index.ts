export { writeBrief, type BriefArticle, type BriefFact, type BriefOptions } from './write-brief.js'
