import pc from 'picocolors'
import type { CoverageReport, Difference, Entity } from '../model/index.js'
import {
  buildReportView,
  citations,
  describeDate,
  describeRemovals,
  distinctTexts,
  describeQuotedFraming,
  groupFramingSpans,
  disputeNote,
  listOutlets,
  type ArticleView,
  type FactView,
  type ReportView,
  languageTag,
} from './build-report-view.js'
import { describeGroupCoverage } from './describe-group-coverage.js'
import { describeTitleSource } from './describe-title-source.js'
import { headlineSegments } from './headline-segments.js'
import { visibleControls } from './visible-controls.js'
import { wrapStyled } from './wrap-styled.js'
import type { DiffSegment } from './word-diff.js'

export interface TerminalOptions {
  /** ANSI colours on or off (the CLI passes picocolors' own detection, or false for --no-color). */
  readonly color: boolean
  /** Columns to wrap at; default 80, never below 40. */
  readonly width?: number
}

type Colors = ReturnType<typeof pc.createColors>

/**
 * Renders a coverage report for a terminal: articles, brief, facts, differences, quotes with their
 * wording differences, entities and framing. Article-derived text is printed as-is, with control
 * characters made visible so it cannot drive the terminal.
 *
 * @example
 * process.stdout.write(renderTerminal(report, { color: process.stdout.isTTY, width: process.stdout.columns }))
 */
export function renderTerminal(report: CoverageReport, options: TerminalOptions): string {
  const c = pc.createColors(options.color)
  // 40 columns: below that the indented quote lines hold two or three words.
  const width = Math.max(40, options.width ?? 80)
  const view = buildReportView(report)
  const out = new TerminalWriter(c, width, options.color)
  const counts = [
    plural(report.articles.length, 'article'),
    plural(report.facts.length, 'fact'),
    plural(report.differences.length, 'difference'),
    plural(report.quotes.length, 'quote'),
    plural(report.entities.length, 'entity', 'entities'),
  ]
  out.wrap(`${c.bold('PARALLAX')}  ${c.dim(counts.join(' · '))}`, '', '          ')

  writeArticles(out, view)
  writeCoverageByGroup(out, report)
  writeHeadlines(out, view)
  writeBrief(out, view)
  writeFacts(out, view)
  writeDifferences(out, view)
  writeQuotes(out, view)
  writeEntities(out, view)
  writeFraming(out, view)
  if (report.skipped.length > 0) {
    out.heading('SKIPPED INPUTS')
    for (const skip of report.skipped) {
      out.wrap(`${c.bold(inline(skip.source))} ${c.yellow(inline(skip.reason))}: ${inline(skip.message)}`, '  ', '    ')
    }
  }
  return out.toString()
}

class TerminalWriter {
  private readonly lines: string[] = []
  constructor(
    readonly c: Colors,
    readonly width: number,
    readonly hasColor: boolean,
  ) {}
  line(text = ''): void {
    this.lines.push(text)
  }
  heading(text: string): void {
    this.lines.push('', this.c.bold(this.c.cyan(text)))
  }
  /** Wraps `text`, first line after `first`, the rest after `rest`. */
  wrap(text: string, first: string, rest = first): void {
    const wrapped = wrapStyled(text, this.width, rest)
    this.lines.push(first + wrapped.slice(rest.length))
  }
  toString(): string {
    return `${this.lines.join('\n')}\n`
  }
}

function writeArticles(out: TerminalWriter, view: ReportView): void {
  const { c } = out
  out.heading('ARTICLES')
  for (const a of view.articles) {
    const { article } = a
    out.wrap(`${cite(c, a)} ${c.bold(inline(article.outlet))} — ${inline(article.title)}`, ' ', '     ')
    const meta = [
      article.byline === undefined ? '' : `by ${inline(article.byline)}`,
      inline(describeDate(article)),
      inline(article.language),
      plural(a.words, 'word'),
    ].filter((part) => part !== '')
    out.wrap(c.dim(meta.join(' · ')), '     ')
    const removals = describeRemovals(a)
    if (removals !== '') out.wrap(c.dim(removals), '     ')
  }
}

function writeHeadlines(out: TerminalWriter, view: ReportView): void {
  const { c } = out
  const { headlines } = view.report
  out.heading('HEADLINES')
  if (headlines.length === 0) return out.line(c.dim('  No headlines: every title was cut from a first sentence.'))
  const marker = out.hasColor ? 'highlighted' : 'between ⟦ ⟧'
  out.wrap(c.dim(`Wording no other headline shares is ${marker}.`), '  ')
  out.wrap(`${c.dim('Story title (the most neutral headline):')} ${inline(view.report.title)}`, '  ', '    ')
  for (const h of headlines) {
    const a = view.articleById(h.articleId)
    const source = a ? `${cite(c, a)} ${c.bold(inline(a.article.outlet))}` : `[?] ${c.bold(inline(h.outlet))}`
    out.line('')
    out.wrap(`${source}  ${c.dim(`${inline(h.language)} · ${describeTitleSource(h.source)} ·`)} score ${c.bold(h.score.toFixed(1))}`, '  ', '    ')
    out.wrap(diffText(out, headlineSegments(h)), '    │ ', '    │ ')
    for (const span of h.framing) {
      out.wrap(`${c.yellow(span.technique)}  ${c.red(`“${inline(span.text)}”`)} ${c.dim(`— ${inline(span.explanation)}`)}`, '    ', '      ')
    }
  }
  const without = view.articles.filter((a) => !headlines.some((h) => h.articleId === a.article.id))
  if (without.length > 0) out.wrap(c.dim(`No headline (title cut from the first sentence): ${without.map((a) => `[${a.number}] ${inline(a.article.outlet)}`).join(', ')}`), '  ', '    ')
}

function writeBrief(out: TerminalWriter, view: ReportView): void {
  const { c } = out
  out.heading('BRIEF')
  if (view.report.brief.length === 0) return out.line(c.dim('  No brief.'))
  for (const sentence of view.report.brief) {
    const sources = view.articlesFor(sentence.articleIds)
    const single = sentence.singleSource ? ` ${c.yellow(`(only ${inline(listOutlets(sources))})`)}` : ''
    out.wrap(`${languageTag(view.report, sentence)}${inline(sentence.text)} ${c.cyan(citations(sources))}${single}`, '  • ', '    ')
  }
}

function writeFacts(out: TerminalWriter, view: ReportView): void {
  const { c } = out
  const many = view.articles.length > 1
  out.heading(many ? `FACTS REPORTED BY ALL (${view.sharedFacts.length})` : `FACTS (${view.sharedFacts.length})`)
  if (view.sharedFacts.length === 0) out.line(c.dim('  None.'))
  for (const f of view.sharedFacts) out.wrap(`${languageTag(view.report, f.fact)}${inline(f.fact.text)} ${c.cyan(citations(f.articles))}`, '  • ', '    ')
  if (!many && view.partialFacts.length === 0) return
  out.heading(`FACTS REPORTED BY SOME OR ONE (${view.partialFacts.length})`)
  if (view.partialFacts.length === 0) out.line(c.dim(view.sharedFacts.length === 0 ? '  None.' : '  None: every fact is reported by all articles.'))
  for (const f of view.partialFacts) out.wrap(`${languageTag(view.report, f.fact)}${inline(f.fact.text)} ${c.yellow(`— ${carriers(view, f)}`)} ${c.cyan(citations(f.articles))}`, '  • ', '    ')
}

function carriers(view: ReportView, f: FactView): string {
  const dispute = inline(disputeNote(f))
  if (f.articles.length === 1) return `only ${inline(listOutlets(f.articles))}${dispute}`
  const missing = view.articles.filter((a) => !f.articles.includes(a) && !f.disputedBy.includes(a))
  return `${inline(listOutlets(f.articles))}${missing.length > 0 ? `; not ${inline(listOutlets(missing))}` : ''}${dispute}`
}

function writeDifferences(out: TerminalWriter, view: ReportView): void {
  const { c } = out
  out.heading('NUMBERS AND DATES')
  if (view.report.differences.length === 0) return out.line(c.dim('  No numbers or dates compared.'))
  for (const difference of view.report.differences) {
    out.wrap(`${c.bold(inline(difference.subject))} ${c.dim(`(${difference.kind})`)} ${status(c, difference)}`, '  ', '    ')
    const labels = difference.values.map((v) => {
      const a = view.articleById(v.articleId)
      return a ? `[${a.number}] ${inline(a.article.outlet)}` : `[?] ${inline(v.articleId)}`
    })
    const labelWidth = Math.max(...labels.map((l) => [...l].length))
    const stated = difference.values.map((v) => `“${inline(v.text)}”`)
    const statedWidth = Math.max(...stated.map((s) => [...s].length))
    difference.values.forEach((value, i) => {
      const label = (labels[i] ?? '').padEnd(labelWidth)
      const text = (stated[i] ?? '').padEnd(statedWidth)
      out.wrap(`${c.cyan(label)}  ${text}  ${c.dim('→')} ${inline(value.normalized)}`, '    ', '      ')
    })
  }
}

function status(c: Colors, difference: Difference): string {
  return difference.status === 'conflict' ? c.bold(c.red('✗ CONFLICT')) : c.green('✓ consistent')
}

function writeQuotes(out: TerminalWriter, view: ReportView): void {
  const { c } = out
  out.heading('QUOTES')
  if (view.quotes.length === 0) return out.line(c.dim('  No quotes.'))
  const marker = out.hasColor ? 'highlighted' : 'between ⟦ ⟧'
  out.wrap(c.dim(`Wording one rendering does not share with the others in its language is ${marker}.`), '  ')
  for (const q of view.quotes) {
    out.line('')
    out.wrap(`${c.bold(inline(q.speakerName))}${q.reach === '' ? '' : ` ${c.yellow(`(${inline(q.reach)})`)}`}`, '  ')
    for (const { rendering, article, diff } of q.renderings) {
      const source = article ? `${cite(c, article)} ${inline(article.article.outlet)}` : `[?] ${inline(rendering.articleId)}`
      const form = rendering.marked ? 'in quotation marks' : c.yellow('unmarked reported speech')
      const verb = rendering.verb === undefined ? '' : ` · ${c.italic(inline(rendering.verb))}`
      out.wrap(`${source} · ${form}${verb}`, '    ', '      ')
      out.wrap(diffText(out, diff.segments), '      │ ', '      │ ')
    }
  }
}

function diffText(out: TerminalWriter, segments: readonly DiffSegment[]): string {
  const { c } = out
  return segments
    .map((s) => {
      const text = visibleControls(s.text.replace(/\s+/g, ' '))
      if (!s.changed) return text
      if (!out.hasColor) return `⟦${text}⟧`
      // Style word by word so a wrap inside the run leaves no colour on the indent.
      return text
        .split(' ')
        .map((word) => (word === '' ? word : c.bold(c.yellow(word))))
        .join(' ')
    })
    .join('')
    .trim()
}

function writeEntities(out: TerminalWriter, view: ReportView): void {
  const { c } = out
  out.heading('ENTITIES')
  if (view.entities.length === 0) return out.line(c.dim('  No entities.'))
  // A name mentioned once, with no label, has nothing to compare: list it on one line to keep the report short.
  const isMinor = (e: Entity): boolean => e.mentions.length <= 1 && Object.values(e.descriptors).every((d) => d.length === 0)
  for (const entity of view.entities.filter((e) => !isMinor(e))) {
    const where = view.articlesFor(entity.mentions.map((m) => m.articleId))
    out.wrap(
      `${c.bold(inline(entity.name))} ${c.dim(`${entity.kind} · ${plural(entity.mentions.length, 'mention')}`)} ${c.cyan(citations(where))}`,
      '  ',
      '    ',
    )
    const variants = entity.variants.filter((v) => v !== entity.name)
    if (variants.length > 0) out.wrap(c.dim(`also: ${variants.map(inline).join(', ')}`), '    ', '      ')
    for (const a of view.articles) {
      const labels = distinctTexts(entity.descriptors[a.article.id] ?? [])
      if (labels.length === 0) continue
      const shown = labels.map((l) => `“${inline(l.text)}”${l.count > 1 ? ` ×${l.count}` : ''}`)
      out.wrap(`labelled by ${cite(c, a)} ${inline(a.article.outlet)}: ${shown.join(', ')}`, '    ', '      ')
    }
  }
  const minor = view.entities.filter(isMinor)
  if (minor.length > 0) {
    const names = minor.map((e) => `${inline(e.name)} ${c.dim(`(${e.kind})`)} ${c.cyan(citations(view.articlesFor(e.mentions.map((m) => m.articleId))))}`)
    out.wrap(`${c.dim('Mentioned once:')} ${names.join(', ')}`, '  ', '    ')
  }
}

function writeFraming(out: TerminalWriter, view: ReportView): void {
  const { c } = out
  out.heading('FRAMING')
  out.wrap(c.dim("Score: summed confidence of the outlet's own-voice spans per 100 words; 0 = neutral. Quoted words are the speaker's, counted apart."), '  ')
  if (view.framingRanking.length > 1) {
    out.wrap(c.dim('Outlets by framing in their own voice, most first, with their strongest spans:'), '  ')
    view.framingRanking.forEach((rank, i) => {
      const spans = rank.strongest.map(({ span, article }) => `${c.red(`“${inline(span.text)}”`)} ${c.dim(`(${span.technique}, ${span.confidence.toFixed(2)})`)} ${cite(c, article)}`)
      out.wrap(`${i + 1}. ${c.bold(inline(rank.outlet))}  score ${c.bold(rank.score.toFixed(1))}${spans.length === 0 ? '' : `  ${spans.join('; ')}`}`, '  ', '     ')
    })
  }
  for (const a of view.articles) {
    const framing = a.framing
    const score = framing === undefined ? c.dim('not analysed') : `score ${c.bold(framing.score.toFixed(1))}`
    out.wrap(`${cite(c, a)} ${c.bold(inline(a.article.outlet))}  ${score}`, '  ', '    ')
    if (framing === undefined) continue
    if (framing.spans.length === 0) out.line(c.dim('    No framing spans found.'))
    const quoted = describeQuotedFraming(framing.spans)
    if (quoted !== undefined) out.wrap(c.dim(`${inline(quoted)} (quoted score ${framing.quotedScore.toFixed(1)})`), '    ', '      ')
    const groups = groupFramingSpans(framing.spans)
    const techniqueWidth = Math.max(...groups.map((g) => g.technique.length))
    for (const group of groups) {
      const times = group.count > 1 ? ` ×${group.count}` : ''
      const whose = group.whose === 'own voice' ? '' : ` ${c.cyan(`(${inline(group.whose)})`)}`
      out.wrap(`${c.yellow(group.technique.padEnd(techniqueWidth))}  ${c.red(`“${inline(group.text)}”`)}${times}${whose} ${c.dim(`— ${inline(group.explanation)}`)}`, '    ', '      ')
    }
  }
}

function cite(c: Colors, a: ArticleView): string {
  return c.cyan(`[${a.number}]`)
}

/** Article-derived text on one line, controls visible: never interpreted by the terminal. */
function inline(text: string): string {
  return visibleControls(text.replace(/\s+/g, ' ').trim())
}

function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`
}

/** One line per group kind of the user's outlet registry ("lean: left 2 (A, B) · unknown 1 (C)"); nothing without one. */
function writeCoverageByGroup(out: TerminalWriter, report: CoverageReport): void {
  if (report.coverageByGroup.length === 0) return
  out.heading('COVERAGE BY GROUP')
  for (const group of report.coverageByGroup) out.wrap(`${out.c.bold(inline(group.kind))}: ${inline(describeGroupCoverage(group))}`, '  ', '    ')
}
