export { prepareDocument, readyDocument, type Prepared, type Ready } from './prepare-document.js'
