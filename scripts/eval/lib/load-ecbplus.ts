import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseEcbXml, type EcbDocument } from './parse-ecb-xml.js'
import { readTarGz } from './read-tar.js'

export interface EcbPlusDocument extends EcbDocument {
  readonly topic: number
  /** "2_ecb" or "2_ecbplus": the real-world event. */
  readonly subtopic: string
  /** XML sentence numbers whose mentions were fully annotated (ECBplus_coreference_sentences.csv). */
  readonly annotatedSentences: ReadonlySet<number>
}

/**
 * Loads ECB+ dev from `dir` (ECBplus_xml.tar.gz read in memory, plus the annotated-sentence list), sorted by
 * topic then file number. Example: `loadEcbPlus('/work/shared/bench/ecbplus/dev')[0].name` → "2_1ecb".
 */
export function loadEcbPlus(dir: string): EcbPlusDocument[] {
  const annotated = readAnnotatedSentences(readFileSync(join(dir, 'ECBplus_coreference_sentences.csv'), 'utf8'))
  const documents: EcbPlusDocument[] = []
  for (const [path, bytes] of readTarGz(join(dir, 'ECBplus_xml.tar.gz'))) {
    const match = /(?:^|\/)((\d+)_(\d+)(ecb|ecbplus))\.xml$/u.exec(path)
    if (!match) continue
    const [, name = '', topic = '', , kind = ''] = match
    documents.push({
      ...parseEcbXml(bytes.toString('utf8'), name),
      topic: Number(topic),
      subtopic: `${topic}_${kind}`,
      annotatedSentences: annotated.get(name) ?? new Set(),
    })
  }
  return documents.sort((a, b) => a.topic - b.topic || fileNumber(a.name) - fileNumber(b.name) || a.name.localeCompare(b.name))
}

/** "Topic,File,Sentence Number" rows → document name ("2_10ecbplus") → sentence numbers. */
export function readAnnotatedSentences(csv: string): Map<string, Set<number>> {
  const result = new Map<string, Set<number>>()
  for (const line of csv.split(/\r?\n/u).slice(1)) {
    const [topic, file, sentence] = line.split(',').map((cell) => cell.trim())
    if (!topic || !file || sentence === undefined || sentence === '') continue
    const name = `${topic}_${file}`
    const set = result.get(name) ?? new Set<number>()
    set.add(Number(sentence))
    result.set(name, set)
  }
  return result
}

function fileNumber(name: string): number {
  return Number(/_(\d+)/u.exec(name)?.[1] ?? 0)
}
