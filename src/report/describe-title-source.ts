import type { TitleSource } from '../model/index.js'

/**
 * Where a title came from, in words, for the terminal and Markdown reports.
 * @example describeTitleSource({ kind: 'text', start: 4, end: 71 })  // "headline line of the input (4–71)"
 */
export function describeTitleSource(source: TitleSource): string {
  switch (source.kind) {
    case 'text':
      return `headline line of the input (${source.start}–${source.end})`
    case 'html':
      return `page ${source.field}`
    case 'given':
      return 'given with the input'
    case 'lead':
      return 'cut from the first sentence'
    default:
      return assertNever(source)
  }
}

function assertNever(value: never): never {
  throw new Error(`describeTitleSource: unknown title source ${JSON.stringify(value)}`)
}
