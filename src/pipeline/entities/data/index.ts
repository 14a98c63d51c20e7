export { validateGazetteer, type GazetteerFiles, type GazetteerReport } from './validate-gazetteer.js'
