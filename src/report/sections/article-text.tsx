import type { Child } from 'hono/jsx'
import type { Anchors } from '../anchors.js'
import { cssName } from '../anchors.js'
import type { ArticleView, ReportView } from '../build-report-view.js'
import { splitIntoSegments, type Mark } from '../split-into-segments.js'
import type { SectionContext } from './section-context.js'

/** What one highlighted span of an article means, for its classes, tooltip and anchor. */
interface Highlight {
  readonly classes: readonly string[]
  readonly note: string
  readonly anchor: string
}

/**
 * The cleaned text of one article, with facts, quotes, numbers, framing spans and brief citations highlighted.
 * Overlapping spans are split into flat runs, each carrying the classes and explanations of every span covering
 * it; each span's anchor sits where it starts. The text itself is only ever a string child (escaped).
 * With text pages (ctx.textPages) only this page's part of the text is drawn, from the same runs cut at its ends,
 * so offsets and anchor ids are those of the whole text; a span that starts on an earlier page has its anchor
 * there. With a note table (ctx.notes), runs refer to their notes by number instead of repeating them.
 */
export function ArticleText({ ctx, target }: { ctx: SectionContext; target: ArticleView }) {
  const text = target.article.text
  // Every span gets its anchor id, shown or not, so ids are the same on every text page.
  const marks = collectHighlights(ctx.view, target, ctx.anchors)
  const range = ctx.textPages === undefined ? { start: 0, end: text.length } : ctx.textPages.rangeOf(target.article.id)
  if (range === null) return null
  const [from, to] = [range.start, Math.min(range.end, text.length)]
  const placed = new Set<string>()
  const parts: Child[] = []
  for (const segment of splitIntoSegments(text.length, marks)) {
    if (segment.end <= from) continue
    if (segment.start >= to) break
    if (segment.start >= from) {
      for (const opening of segment.opening) {
        if (placed.has(opening.anchor)) continue
        placed.add(opening.anchor)
        parts.push(<span class="anchor" id={opening.anchor}></span>)
      }
    }
    const content = text.slice(Math.max(segment.start, from), Math.min(segment.end, to))
    if (segment.marks.length === 0) {
      parts.push(content)
      continue
    }
    const classes = [...new Set(['hl', ...segment.marks.flatMap((m) => m.classes)])].join(' ')
    // One note per line: the tooltip (title, or the UI's script reading data-note) shows them stacked.
    const notes = segment.marks.map((m) => m.note)
    const note = notes.join('\n')
    parts.push(
      ctx.notes === undefined ? (
        <span class={classes} tabindex={0} title={ctx.noteTitles ? note : undefined} data-note={note}>
          {content}
        </span>
      ) : (
        <span class={classes} tabindex={0} data-notes={ctx.notes.refs(notes)}>
          {content}
        </span>
      ),
    )
  }
  return <>{parts}</>
}

/** The notes the article texts of this page refer to (ctx.notes), each once, for the UI's script; hidden. */
export function NoteList({ ctx }: { ctx: SectionContext }) {
  if (ctx.notes === undefined) return null
  return (
    <ol id="notes" hidden>
      {ctx.notes.entries().map(([id, note]) => (
        <li id={`note-${id}`}>{note}</li>
      ))}
    </ol>
  )
}

function collectHighlights(view: ReportView, target: ArticleView, anchors: Anchors): Mark<Highlight>[] {
  const id = target.article.id
  const marks: Mark<Highlight>[] = []
  const total = view.articles.length
  for (const { fact, articles, isShared } of [...view.sharedFacts, ...view.partialFacts]) {
    const all = total === 2 ? 'reported by both articles' : `reported by all ${total} articles`
    const reach = isShared ? all : articles.length === 1 ? 'reported by this article only' : `reported by ${articles.length} of ${total} articles`
    for (const span of fact.spans) {
      // A headline rendering indexes the title, not this text: the facts section links it to the headline.
      if (span.articleId !== id || span.field === 'title') continue
      const classes = isShared ? ['m-fact'] : ['m-fact-partial']
      marks.push({ start: span.start, end: span.end, data: { classes, note: `Fact, ${reach}: ${fact.text}`, anchor: anchors.of(span) } })
    }
  }
  for (const q of view.quotes) {
    for (const { rendering } of q.renderings) {
      if (rendering.articleId !== id) continue
      const form = rendering.marked ? 'in quotation marks' : 'unmarked reported speech'
      const verb = rendering.verb === undefined ? '' : `, “${rendering.verb}”`
      marks.push({ start: rendering.start, end: rendering.end, data: { classes: ['m-quote'], note: `Quote by ${q.speakerName} (${form}${verb})`, anchor: anchors.of(rendering) } })
    }
  }
  for (const difference of view.report.differences) {
    for (const value of difference.values) {
      if (value.articleId !== id) continue
      const classes = difference.status === 'conflict' ? ['m-diff', 'm-conflict'] : ['m-diff']
      const note = `${difference.kind}, ${difference.subject}: ${value.normalized} (${difference.status} across articles)`
      marks.push({ start: value.start, end: value.end, data: { classes, note, anchor: anchors.of(value) } })
    }
  }
  for (const span of target.framing?.spans ?? []) {
    // Quoted spans say whose words they are: the speaker's, not the outlet's (not counted in its score).
    const whose = span.voice.kind === 'quoted' ? `; quoted: ${span.voice.speaker ?? 'unnamed speaker'}, not counted in the outlet's score` : ''
    const note = `Framing, ${span.technique}: ${span.explanation} (confidence ${span.confidence.toFixed(2)}${whose})`
    marks.push({ start: span.start, end: span.end, data: { classes: ['m-frame', `t-${cssName(span.technique)}`], note, anchor: anchors.of(span) } })
  }
  view.report.brief.forEach((sentence, index) => {
    for (const span of sentence.spans ?? []) {
      // A headline the sentence cites is in the headlines section, not in the text.
      if (span.articleId !== id || span.field === 'title') continue
      marks.push({ start: span.start, end: span.end, data: { classes: ['m-cite'], note: `Cited by brief sentence ${index + 1}`, anchor: anchors.of(span) } })
    }
  })
  return marks
}
