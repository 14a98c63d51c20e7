export { shadowText, foldName, nameKey, editDistance, isSameNameWord } from './fold.js'
