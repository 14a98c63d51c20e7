/**
 * The URLs of a URL list ("feeds.txt": one http(s) URL per line; blank lines and "#" comments allowed), or
 * undefined when the text is anything else: a single line that is not a URL makes it an article, so a plain-text
 * article is never fetched from by mistake.
 * @example parseUrlList('# feeds\nhttps://a.example/rss\n\nhttps://b.example/atom.xml\n')  // ['https://a.example/rss', 'https://b.example/atom.xml']
 */
export function parseUrlList(text: string): string[] | undefined {
  const urls: string[] = []
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim()
    if (line === '' || line.startsWith('#')) continue
    if (!/^https?:\/\/\S+$/i.test(line)) return undefined
    urls.push(line)
  }
  return urls.length > 0 ? urls : undefined
}
