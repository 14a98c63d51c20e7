/**
 * Writes src/pipeline/entities/data/gazetteer.prepared.json, the gazetteer's look-up tables computed from the data
 * files beside it (src/pipeline/entities/prepare-gazetteer.ts), which the pipeline reads at run time. One table
 * row a line, so that a data edit shows as a readable diff.
 *
 * Run after editing places, organizations, weapons, given-names or roles.json: npx tsx scripts/build/build-gazetteer.ts
 */
import { writeFileSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { PREPARED_GAZETTEER_FILE } from '../../src/pipeline/entities/gazetteer.js'
import { prepareGazetteer } from '../../src/pipeline/entities/prepare-gazetteer.js'

export const PREPARED_GAZETTEER_PATH = fileURLToPath(new URL(`../../src/pipeline/entities/data/${PREPARED_GAZETTEER_FILE}`, import.meta.url))

/** The file's text for the data files as they are now. */
export function preparedGazetteerText(): string {
  const fields = Object.entries(prepareGazetteer()).map(([key, value]) => {
    const json = Array.isArray(value) ? `[\n${value.map((row) => JSON.stringify(row)).join(',\n')}\n]` : JSON.stringify(value)
    return `${JSON.stringify(key)}: ${json}`
  })
  return `{\n${fields.join(',\n')}\n}\n`
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const text = preparedGazetteerText()
  writeFileSync(PREPARED_GAZETTEER_PATH, text)
  process.stderr.write(`wrote ${PREPARED_GAZETTEER_PATH} (${(text.length / 1024).toFixed(0)} KB)\n`)
}
