import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Span } from '../../../src/model/index.js'
import { utf16Offsets } from './code-points.js'

/** A sentence ECB+ annotated fully: its span in the article's text (UTF-16) and its action chains. */
export interface AnnotatedSentence extends Span {
  readonly sent: number
  readonly chains: ReadonlySet<string>
}

/** A gold pair: two annotated sentences of two articles that share an action chain, as [article index, sent]. */
export interface GoldSentencePair {
  readonly a: readonly [number, number]
  readonly b: readonly [number, number]
}

/** One event of ecbplus-facts: 3–4 articles (one sentence per line), their annotated sentences and the gold pairs. */
export interface FactTask {
  readonly taskId: string
  readonly docs: readonly { readonly name: string; readonly text: string; readonly annotated: readonly AnnotatedSentence[] }[]
  /** Lenient gold: every pair sharing an action chain. */
  readonly pairs: readonly GoldSentencePair[]
}

interface RawTask {
  taskId: string
  docs: { doc: string; text: string; annotated: { sent: number; start: number; end: number; chains: string[] }[] }[]
  gold: { pairs: { a: [number, number]; b: [number, number] }[] }
}

/** Reads `tasks.jsonl` of ecbplus-facts `dir` (file order) with offsets converted to UTF-16. */
export function loadEcbFacts(dir: string): FactTask[] {
  return readFileSync(join(dir, 'tasks.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const raw = JSON.parse(line) as RawTask
      return {
        taskId: raw.taskId,
        docs: raw.docs.map((doc) => {
          const to = utf16Offsets(doc.text)
          const annotated = doc.annotated.map((s) => ({ sent: s.sent, start: to(s.start), end: to(s.end), chains: new Set(s.chains) }))
          return { name: doc.doc, text: doc.text, annotated }
        }),
        pairs: raw.gold.pairs.map((p) => ({ a: p.a, b: p.b })),
      }
    })
}
