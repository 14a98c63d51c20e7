import type { Child } from 'hono/jsx'

/** One top-level section of a report page: `<section id>` labelled by its `<h2>`. */
export function ReportSection({ id, heading, children }: { id: string; heading: string; children?: Child }) {
  return (
    <section id={id} aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{heading}</h2>
      {children}
    </section>
  )
}
