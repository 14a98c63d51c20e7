import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/** One of examples/multilingual/*.txt split into its parts: the first line is the headline, blank lines part paragraphs. */
export interface ExampleArticle {
  readonly headline: string
  readonly paragraphs: readonly string[]
}

/** Reads `<dir>/<language>.txt`. Example: `readExampleArticle('examples/multilingual', 'en').headline` → "Lukashenko asks Putin for Oreshnik missiles". */
export function readExampleArticle(dir: string, language: string): ExampleArticle {
  const text = readFileSync(join(dir, `${language}.txt`), 'utf8').replace(/\r\n/g, '\n')
  const [headline, ...paragraphs] = text.split(/\n\s*\n/).map((part) => part.replace(/\s+/g, ' ').trim()).filter((part) => part !== '')
  if (!headline || paragraphs.length === 0) throw new Error(`build-examples: ${language}.txt needs a headline line and at least one paragraph`)
  return { headline, paragraphs }
}
