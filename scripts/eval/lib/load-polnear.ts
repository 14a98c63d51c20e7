import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseBrat, type GoldAttribution } from './parse-brat.js'
import { sample } from './sample.js'

export interface PolnearArticle {
  /** "<compartment>/<file stem>", e.g. "dev/breitbart_2016-09-12_stealth-over-health-hillary-clin". */
  readonly name: string
  readonly text: string
  /** The annotator whose .ann was used (the alphabetically first when several annotated the article). */
  readonly annotator: string
  readonly gold: readonly GoldAttribution[]
}

/**
 * Loads PolNeAR articles with their gold attributions from `dir` (the bench's dev/ folder: one folder per
 * original compartment, each with text/ and attributions/). Articles are sorted by name; with `limit`, an
 * evenly spaced sample of that many is taken so every publisher stays represented (names start with it).
 * Articles without any .ann file are skipped. Example: `loadPolnear(dir, 20)` → 20 articles.
 */
export function loadPolnear(dir: string, limit?: number): PolnearArticle[] {
  const entries: { name: string; textPath: string; annPath: string; annotator: string }[] = []
  for (const compartment of readdirSync(dir).sort()) {
    const textDir = join(dir, compartment, 'text')
    const annDir = join(dir, compartment, 'attributions')
    if (!existsSync(textDir) || !existsSync(annDir)) continue
    const annotators = new Map<string, string[]>()
    for (const file of readdirSync(annDir)) {
      const match = /^(.*)_([^_]+)\.ann$/u.exec(file)
      if (!match) continue
      const [, stem = '', annotator = ''] = match
      annotators.set(stem, [...(annotators.get(stem) ?? []), annotator])
    }
    for (const file of readdirSync(textDir).sort()) {
      if (!file.endsWith('.txt')) continue
      const stem = file.slice(0, -'.txt'.length)
      const [annotator] = (annotators.get(stem) ?? []).sort()
      if (annotator === undefined) continue
      entries.push({
        name: `${compartment}/${stem}`,
        textPath: join(textDir, file),
        annPath: join(annDir, `${stem}_${annotator}.ann`),
        annotator,
      })
    }
  }
  return sample(entries.sort((a, b) => a.name.localeCompare(b.name)), limit).map((entry) => {
    const text = readFileSync(entry.textPath, 'utf8')
    return { name: entry.name, text, annotator: entry.annotator, gold: parseBrat(readFileSync(entry.annPath, 'utf8'), text) }
  })
}
