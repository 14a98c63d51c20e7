import type { RawDocument, Skipped } from '../model/index.js'

/**
 * Applies `--outlet` names in order, as `compare` and `ingest` document them: the i-th name goes to the i-th
 * document read (a directory, feed or archive counts each of its documents). A skipped input takes its turn
 * too, so one unreadable file does not shift the names onto the wrong articles. Documents past the list keep
 * the outlet they name themselves (page metadata, front-matter, URL host or file name); names past the last
 * document are reported through `log`. A given name wins over the container's (feed title, JSON Lines field).
 *
 * @example outletsInOrder(readInputs(['a.txt', 'b.txt']), ['Kyiv Post', 'Daily Wrap'])
 */
export async function* outletsInOrder(
  items: AsyncIterable<RawDocument | Skipped>,
  names: readonly string[],
  log: (line: string) => void = () => {},
): AsyncGenerator<RawDocument | Skipped> {
  let index = 0
  for await (const item of items) {
    const name = names[index++]
    yield name === undefined || 'kind' in item ? item : { ...item, outlet: name }
  }
  if (index < names.length) {
    const unused = names.slice(index)
    log(`parallax: ${unused.length} --outlet name(s) left over (more names than documents): ${unused.map((n) => `"${n}"`).join(', ')}`)
  }
}
