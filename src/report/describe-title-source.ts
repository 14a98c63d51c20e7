import type { TitleSource } from '../model/index.js'

/**
 * Where a title came from, in words, for every renderer (terminal, Markdown, the HTML headlines section).
 * @example describeTitleSource({ kind: 'text', start: 4, end: 71 })  // "from a headline line of the input (characters 4–71)"
 */
export function describeTitleSource(source: TitleSource): string {
  switch (source.kind) {
    case 'text':
      return `from a headline line of the input (characters ${source.start}–${source.end})`
    case 'html':
      return `from the page's ${HTML_FIELD_WORDS[source.field]}`
    case 'given':
      return 'given with the input'
    case 'lead':
      return 'cut from the first sentence'
    default:
      return assertNever(source)
  }
}

const HTML_FIELD_WORDS: Readonly<Record<Extract<TitleSource, { kind: 'html' }>['field'], string>> = {
  'json-ld': 'JSON-LD headline',
  'og:title': 'og:title',
  'twitter:title': 'twitter:title',
  meta: 'meta title',
  h1: 'h1',
  title: '<title>',
}

function assertNever(value: never): never {
  throw new Error(`describeTitleSource: unknown title source ${JSON.stringify(value)}`)
}
