import type { ArticleView, ReportView } from './build-report-view.js'
import { escapeHtml } from './escape-html.js'
import { splitIntoSegments, type Mark } from './split-into-segments.js'

/** What one highlighted span of an article means, for its classes, tooltip and anchor. */
export interface Highlight {
  readonly classes: readonly string[]
  readonly note: string
  readonly anchor: string
}

/** Anchor ids for every span object of the report, so sections can link to where it is highlighted. */
export class Anchors {
  private readonly ids = new Map<object, string>()
  /** The id of `span`'s anchor ("s12"); the same object always gets the same id. */
  of(span: object): string {
    let id = this.ids.get(span)
    if (id === undefined) {
      id = `s${this.ids.size + 1}`
      this.ids.set(span, id)
    }
    return id
  }
}

/**
 * The cleaned text of one article as HTML, with facts, quotes, numbers, framing spans and brief
 * citations highlighted. Overlapping spans are split into flat runs, each carrying the classes
 * and explanations of every span covering it; each span's anchor sits where it starts.
 */
export function renderArticleText(view: ReportView, target: ArticleView, anchors: Anchors): string {
  const marks = collectHighlights(view, target, anchors)
  const text = target.article.text
  const placed = new Set<string>()
  let html = ''
  for (const segment of splitIntoSegments(text.length, marks)) {
    for (const opening of segment.opening) {
      if (placed.has(opening.anchor)) continue
      placed.add(opening.anchor)
      html += `<span class="anchor" id="${opening.anchor}"></span>`
    }
    const content = escapeHtml(text.slice(segment.start, segment.end))
    if (segment.marks.length === 0) {
      html += content
      continue
    }
    const classes = [...new Set(['hl', ...segment.marks.flatMap((m) => m.classes)])].join(' ')
    // &#10; keeps one note per line in the tooltip without raw newlines in the attribute.
    const note = segment.marks.map((m) => escapeHtml(m.note)).join('&#10;')
    html += `<span class="${classes}" tabindex="0" title="${note}" data-note="${note}">${content}</span>`
  }
  return html
}

function collectHighlights(view: ReportView, target: ArticleView, anchors: Anchors): Mark<Highlight>[] {
  const id = target.article.id
  const marks: Mark<Highlight>[] = []
  const total = view.articles.length
  for (const { fact, articles, isShared } of [...view.sharedFacts, ...view.partialFacts]) {
    const all = total === 2 ? 'reported by both articles' : `reported by all ${total} articles`
    const reach = isShared ? all : articles.length === 1 ? 'reported by this article only' : `reported by ${articles.length} of ${total} articles`
    for (const span of fact.spans) {
      if (span.articleId !== id) continue
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
    const note = `Framing, ${span.technique}: ${span.explanation} (confidence ${span.confidence.toFixed(2)})`
    marks.push({ start: span.start, end: span.end, data: { classes: ['m-frame', `t-${cssName(span.technique)}`], note, anchor: anchors.of(span) } })
  }
  view.report.brief.forEach((sentence, index) => {
    for (const span of sentence.spans ?? []) {
      if (span.articleId !== id) continue
      marks.push({ start: span.start, end: span.end, data: { classes: ['m-cite'], note: `Cited by brief sentence ${index + 1}`, anchor: anchors.of(span) } })
    }
  })
  return marks
}

/** A class-name-safe form of a model value (the JSON may hold anything). */
export function cssName(value: string): string {
  return value.toLowerCase().replace(/[^a-z0-9-]/g, '')
}
