import type { Child } from 'hono/jsx'
import { renderDocument } from '../report/index.js'

export type Section = 'stories' | 'compare' | 'none'

export interface PageInput {
  readonly title: string
  readonly active: Section
}

/**
 * A whole page: the HTML shell around `body` with one stylesheet and one script, both served from /assets (the
 * CSP allows nothing else), a skip link, and the top navigation.
 */
export function renderPage(input: PageInput, body: Child): string {
  return renderDocument(<Layout {...input}>{body}</Layout>)
}

function Layout({ title, active, children }: PageInput & { children?: Child }) {
  const link = (href: string, label: string, section: Section) => (
    <a href={href} aria-current={section === active ? 'page' : undefined}>
      {label}
    </a>
  )
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <title>{title} · Parallax</title>
        <link rel="stylesheet" href="/assets/app.css" />
        <script src="/assets/app.js" defer></script>
      </head>
      <body>
        <a class="skip" href="#main">
          Skip to content
        </a>
        <header class="top">
          <a class="brand" href="/">
            Parallax
          </a>
          <nav aria-label="Main">
            {link('/', 'Stories', 'stories')}
            {link('/compare', 'Compare', 'compare')}
          </nav>
        </header>
        <main id="main">{children}</main>
      </body>
    </html>
  )
}
