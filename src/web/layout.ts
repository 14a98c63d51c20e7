import { escapeHtml as esc } from '../report/index.js'

export type Section = 'stories' | 'compare' | 'none'

export interface PageInput {
  readonly title: string
  /** Trusted HTML: every article-derived string in it was escaped by the page renderer. */
  readonly body: string
  readonly active: Section
}

/**
 * The HTML shell of every page: one stylesheet and one script, both served from /assets (the CSP allows
 * nothing else), a skip link, and the top navigation.
 */
export function renderLayout({ title, body, active }: PageInput): string {
  const link = (href: string, label: string, section: Section) =>
    `<a href="${href}"${section === active ? ' aria-current="page"' : ''}>${label}</a>`
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${esc(title)} · Parallax</title>
<link rel="stylesheet" href="/assets/app.css">
<script src="/assets/app.js" defer></script>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="top"><a class="brand" href="/">Parallax</a><nav aria-label="Main">${link('/', 'Stories', 'stories')}${link('/compare', 'Compare', 'compare')}</nav></header>
<main id="main">
${body}
</main>
</body>
</html>
`
}
