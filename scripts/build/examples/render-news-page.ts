import { escapeAttribute as a, escapeText as e } from './escape-markup.js'
import { articleUrl, EXAMPLE_OUTLETS, type ExampleLanguage } from './example-outlets.js'
import type { ExampleArticle } from './read-example-article.js'

// The nav labels are in each outlet's language, in this order; the URLs are the same everywhere.
const SECTION_PATHS = ['', 'world/', 'politics/', 'business/', 'sport/', 'opinion/']
const FOOTER_PATHS = ['about', 'contact', 'privacy']
/** The "Read also" box goes after this many paragraphs, inside the article body, where news sites put it. */
const READ_ALSO_AFTER = 2

/**
 * One example article as a news page of its invented outlet: site header and nav, the headline in <h1>, a byline
 * with <time datetime>, OpenGraph and article:published_time metadata, the body in <article><p>…, a "Read also"
 * box inside the body and a footer with a copyright line, so extraction has real page furniture to remove.
 * Example: `renderNewsPage(readExampleArticle(dir, 'en'), 'en')` → `<!doctype html><html lang="en">…`.
 */
export function renderNewsPage(article: ExampleArticle, language: ExampleLanguage): string {
  const outlet = EXAMPLE_OUTLETS[language]
  const home = `https://example.org/${outlet.slug}/`
  const url = articleUrl(outlet.slug, language)
  const paragraphs = article.paragraphs.map((text) => `      <p>${e(text)}</p>`)
  const readAlso = [
    '      <aside class="read-also">',
    `        <h2>${e(outlet.readAlsoLabel)}</h2>`,
    '        <ul>',
    ...outlet.readAlso.map((title, i) => `          <li><a href="${home}2024/12/05/story-${i + 1}">${e(title)}</a></li>`),
    '        </ul>',
    '      </aside>',
  ]
  const body = [...paragraphs.slice(0, READ_ALSO_AFTER), ...readAlso, ...paragraphs.slice(READ_ALSO_AFTER)]
  return [
    '<!doctype html>',
    `<html lang="${language}">`,
    '<head>',
    '  <meta charset="utf-8">',
    '  <meta name="viewport" content="width=device-width, initial-scale=1">',
    `  <title>${e(article.headline)} | ${e(outlet.name)}</title>`,
    `  <meta name="author" content="${a(outlet.byline)}">`,
    `  <meta property="og:site_name" content="${a(outlet.name)}">`,
    '  <meta property="og:type" content="article">',
    `  <meta property="og:title" content="${a(article.headline)}">`,
    `  <meta property="og:url" content="${url}">`,
    `  <meta property="article:published_time" content="${outlet.publishedAt}">`,
    `  <meta property="article:section" content="${a(outlet.section)}">`,
    `  <link rel="canonical" href="${url}">`,
    `  <link rel="stylesheet" href="${home}static/site.css">`,
    '</head>',
    '<body>',
    '  <header class="site-header">',
    `    <a class="logo" href="${home}">${e(outlet.name)}</a>`,
    '    <nav class="main-nav">',
    '      <ul>',
    ...outlet.nav.map((label, i) => `        <li><a href="${home}${SECTION_PATHS[i] ?? ''}">${e(label)}</a></li>`),
    '      </ul>',
    '    </nav>',
    '  </header>',
    '  <main>',
    '    <article class="story">',
    '      <header class="story-header">',
    `        <a class="section-label" href="${home}world/">${e(outlet.section)}</a>`,
    `        <h1>${e(article.headline)}</h1>`,
    `        <div class="byline"><span class="author">${e(outlet.bylineLabel)}</span> · <time datetime="${outlet.publishedAt}">${e(outlet.publishedLabel)}</time></div>`,
    '      </header>',
    ...body,
    '    </article>',
    '  </main>',
    '  <footer class="site-footer">',
    '    <ul>',
    ...outlet.footerLinks.map((label, i) => `      <li><a href="${home}${FOOTER_PATHS[i] ?? ''}">${e(label)}</a></li>`),
    '    </ul>',
    `    <p class="copyright">${e(outlet.copyright)}</p>`,
    '  </footer>',
    '</body>',
    '</html>',
    '',
  ].join('\n')
}
