import { escapeText as e } from './escape-markup.js'
import { articleUrl, EXAMPLE_OUTLETS, FEED_OUTLET, type ExampleLanguage } from './example-outlets.js'
import type { ExampleArticle } from './read-example-article.js'

/**
 * An RSS 2.0 feed of one invented outlet carrying every article in full: `content:encoded` holds the body (each over
 * the 500 characters that make readFeed treat an item as a full article, so nothing is fetched), with title, link,
 * pubDate (RFC 822, the outlet's own offset), dc:creator (the author's name; RSS's own <author> wants an e-mail
 * address) and a one-sentence description as feeds have it.
 */
export function renderFeed(articles: readonly { readonly language: ExampleLanguage; readonly article: ExampleArticle }[]): string {
  const home = `https://example.org/${FEED_OUTLET.slug}/`
  const latest = Math.max(...articles.map(({ language }) => Date.parse(EXAMPLE_OUTLETS[language].publishedAt)))
  const items = articles.flatMap(({ language, article }) => {
    const outlet = EXAMPLE_OUTLETS[language]
    const link = articleUrl(FEED_OUTLET.slug, language)
    const html = article.paragraphs.map((text) => `<p>${e(text)}</p>`).join('\n')
    if (html.includes(']]>')) throw new Error(`build-examples: ${language}.txt contains "]]>", which cannot go into CDATA`)
    return [
      '    <item>',
      `      <title>${e(article.headline)}</title>`,
      `      <link>${link}</link>`,
      `      <guid isPermaLink="true">${link}</guid>`,
      `      <pubDate>${rfc822(outlet.publishedAt)}</pubDate>`,
      `      <dc:creator>${e(outlet.byline)}</dc:creator>`,
      `      <description>${e(firstSentence(article.paragraphs[0] ?? ''))}</description>`,
      `      <content:encoded><![CDATA[${html}]]></content:encoded>`,
      '    </item>',
    ]
  })
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '  <channel>',
    `    <title>${e(FEED_OUTLET.name)}</title>`,
    `    <link>${home}</link>`,
    `    <description>${e(FEED_OUTLET.description)}</description>`,
    `    <lastBuildDate>${rfc822(new Date(latest).toISOString().replace(/\.000Z$/, '+00:00'))}</lastBuildDate>`,
    ...items,
    '  </channel>',
    '</rss>',
    '',
  ].join('\n')
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** "2024-12-06T20:15:00+03:00" → "Fri, 06 Dec 2024 20:15:00 +0300": the wall-clock time and offset kept as the outlet gave them. */
function rfc822(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2}:\d{2})([+-])(\d{2}):(\d{2})$/.exec(iso)
  if (!match) throw new Error(`build-examples: not an ISO date with an offset: ${iso}`)
  const [, year, month, day, time, sign, hours, minutes] = match
  const weekday = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day))).getUTCDay()
  return `${DAYS[weekday]}, ${day} ${MONTHS[Number(month) - 1]} ${year} ${time} ${sign}${hours}${minutes}`
}

/** The lead sentence, as a feed's <description> teaser: "Belarusian President … on December 6." */
function firstSentence(paragraph: string): string {
  return /^.+?[.!?](?=\s|$)/u.exec(paragraph)?.[0] ?? paragraph
}
