import { renderPage } from './layout.js'

/** A page saying what went wrong, in words; never a stack trace. */
export function renderErrorPage(heading: string, message: string): string {
  return renderPage(
    { title: heading, active: 'none' },
    <>
      <h1>{heading}</h1>
      <p class="error">{message}</p>
      <p>
        <a href="/">Back to the stories</a>
      </p>
    </>,
  )
}
