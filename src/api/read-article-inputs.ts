import { createHash } from 'node:crypto'
import { readInputs, type ReadOptions } from '../ingest/index.js'
import type { RawDocument, Skipped } from '../model/index.js'
import type { ArticleInput } from './schemas.js'

/**
 * The documents behind validated article inputs, in order: pasted text or HTML as is, a bare URL fetched
 * through ingest's reader (SSRF guard, size and time limits; a feed URL gives one document per item).
 * `sourceOf(input, index, content)` names pasted documents. Never reads local files: the schema only lets
 * http(s) URLs through, and pasted content never reaches readInputs.
 */
export async function* readArticleInputs(
  inputs: readonly ArticleInput[],
  options: ReadOptions,
  sourceOf: (index: number, content: string) => string,
): AsyncGenerator<RawDocument | Skipped> {
  for (const [index, input] of inputs.entries()) {
    const meta = {
      ...(input.outlet === undefined ? {} : { outlet: input.outlet }),
      ...(input.publishedAt === undefined ? {} : { publishedAt: input.publishedAt }),
      ...(input.title === undefined ? {} : { title: input.title }),
    }
    const content = input.text ?? input.html
    if (content !== undefined) {
      yield {
        source: input.url ?? sourceOf(index, content),
        format: input.html === undefined ? 'text' : 'html',
        content,
        ...(input.url === undefined ? {} : { url: input.url }),
        ...meta,
      }
      continue
    }
    if (input.url === undefined) continue
    for await (const item of readInputs([input.url], { ...options, allowPrivate: false, ...(input.outlet === undefined ? {} : { outlet: input.outlet }) })) {
      yield 'kind' in item ? item : { ...item, ...meta }
    }
  }
}

/** "api:3f2a…": a pasted document's location, so pasting the same text twice finds the stored article. */
export function pastedSource(_index: number, content: string): string {
  return `api:${createHash('sha256').update(content).digest('hex').slice(0, 16)}`
}
