import type { CoverageReport } from '../model/index.js'
import {
  buildReportView,
  describeDate,
  describeRemovals,
  distinctTexts,
  describeQuotedFraming,
  groupFramingSpans,
  disputeNote,
  listOutlets,
  type ArticleView,
  type ReportView,
  languageTag,
} from './build-report-view.js'
import { describeGroupCoverage } from './describe-group-coverage.js'
import { describeTitleSource } from './describe-title-source.js'
import { headlineSegments } from './headline-segments.js'
import { visibleControls } from './visible-controls.js'

/**
 * Renders a coverage report as shareable Markdown (CommonMark + GFM tables) with the same content as
 * the terminal report. Article-derived text is escaped so it renders literally: no HTML, images,
 * formatting or Markdown links can come from an article (a renderer may still autolink a bare http URL).
 *
 * @example
 * await writeFile('report.md', renderMarkdown(report))
 */
export function renderMarkdown(report: CoverageReport): string {
  const view = buildReportView(report)
  const md: string[] = [`# Coverage report: ${report.articles.length} ${report.articles.length === 1 ? 'article' : 'articles'}`]
  writeArticles(md, view)
  writeCoverageByGroup(md, report)
  writeHeadlines(md, view)
  writeBrief(md, view)
  writeFacts(md, view)
  writeDifferences(md, view)
  writeQuotes(md, view)
  writeEntities(md, view)
  writeFraming(md, view)
  if (report.skipped.length > 0) {
    md.push('', '## Skipped inputs', '')
    for (const skip of report.skipped) md.push(`- **${esc(skip.source)}** (${esc(skip.reason)}): ${esc(skip.message)}`)
  }
  return `${md.join('\n')}\n`
}

function writeArticles(md: string[], view: ReportView): void {
  md.push('', '## Articles', '', '| # | Outlet | Title | Byline | Published | Language | Words | Removed furniture |', '|---|---|---|---|---|---|---|---|')
  for (const a of view.articles) {
    const { article } = a
    md.push(
      `| ${a.number} | ${esc(article.outlet)} | ${esc(article.title)} | ${esc(article.byline ?? '')} | ${esc(describeDate(article))} | ${esc(article.language)} | ${a.words} | ${esc(describeRemovals(a))} |`,
    )
  }
}

function writeHeadlines(md: string[], view: ReportView): void {
  const { headlines } = view.report
  md.push('', '## Headlines', '')
  if (headlines.length === 0) return void md.push('No headlines: every title was cut from a first sentence.')
  md.push(`Story title (the most neutral headline): ${esc(view.report.title)}`, '', 'Words in **bold** are wording no other headline shares.', '')
  md.push('| Article | Headline | Language | Framing in the headline | Score | From |', '|---|---|---|---|---|---|')
  for (const h of headlines) {
    const text = headlineSegments(h).map((s) => (s.changed ? `**${escSegment(s.text)}**` : escSegment(s.text))).join('').trim()
    const framing = h.framing.map((span) => `${span.technique} “${esc(span.text)}”`).join('; ')
    md.push(`| ${source(view, h.articleId)} | ${text} | ${esc(h.language)} | ${framing} | ${h.score.toFixed(1)} | ${esc(describeTitleSource(h.source))} |`)
  }
  const without = view.articles.filter((a) => !headlines.some((h) => h.articleId === a.article.id))
  if (without.length > 0) md.push('', `No headline (title cut from the first sentence): ${without.map((a) => `${cite(a)} ${esc(a.article.outlet)}`).join(', ')}`)
}

function writeBrief(md: string[], view: ReportView): void {
  md.push('', '## Brief', '')
  if (view.report.brief.length === 0) return void md.push('No brief.')
  for (const sentence of view.report.brief) {
    const sources = view.articlesFor(sentence.articleIds)
    const single = sentence.singleSource ? ` *(single source: ${esc(listOutlets(sources))})*` : ''
    md.push(`- ${esc(languageTag(view.report, sentence) + sentence.text)} ${cites(sources)}${single}`)
  }
}

function writeFacts(md: string[], view: ReportView): void {
  const many = view.articles.length > 1
  md.push('', many ? `## Facts reported by all (${view.sharedFacts.length})` : `## Facts (${view.sharedFacts.length})`, '')
  if (view.sharedFacts.length === 0) md.push('None.')
  for (const f of view.sharedFacts) md.push(`- ${esc(languageTag(view.report, f.fact) + f.fact.text)} ${cites(f.articles)}`)
  if (!many && view.partialFacts.length === 0) return
  md.push('', `## Facts reported by some or one (${view.partialFacts.length})`, '')
  if (view.partialFacts.length === 0) md.push(view.sharedFacts.length === 0 ? 'None.' : 'None: every fact is reported by all articles.')
  for (const f of view.partialFacts) {
    const who = `${f.articles.length === 1 ? `only ${listOutlets(f.articles)}` : listOutlets(f.articles)}${disputeNote(f)}`
    md.push(`- ${esc(languageTag(view.report, f.fact) + f.fact.text)} — *${esc(who)}* ${cites(f.articles)}`)
  }
}

function writeDifferences(md: string[], view: ReportView): void {
  md.push('', '## Numbers and dates', '')
  if (view.report.differences.length === 0) return void md.push('No numbers or dates compared.')
  for (const difference of view.report.differences) {
    const verdict = difference.status === 'conflict' ? '**conflict**' : 'consistent'
    md.push(`### ${esc(difference.subject)} (${difference.kind}): ${verdict}`, '', '| Article | As stated | Normalized |', '|---|---|---|')
    for (const value of difference.values) {
      md.push(`| ${source(view, value.articleId)} | ${esc(value.text)} | ${esc(value.normalized)} |`)
    }
    md.push('')
  }
}

function writeQuotes(md: string[], view: ReportView): void {
  md.push('', '## Quotes', '')
  if (view.quotes.length === 0) return void md.push('No quotes.')
  md.push('Words in **bold** are wording one rendering does not share with the others in its language.')
  for (const q of view.quotes) {
    md.push('', `### ${esc(q.speakerName)}${q.reach === '' ? '' : ` (${esc(q.reach)})`}`)
    for (const { rendering, diff } of q.renderings) {
      const text = diff.segments.map((s) => (s.changed ? `**${escSegment(s.text)}**` : escSegment(s.text))).join('').trim()
      const form = rendering.marked ? 'in quotation marks' : 'unmarked reported speech'
      const verb = rendering.verb === undefined ? '' : `, *${esc(rendering.verb)}*`
      md.push('', `> ${text}`, '', `— ${source(view, rendering.articleId)}, ${form}${verb}`)
    }
  }
}

function writeEntities(md: string[], view: ReportView): void {
  md.push('', '## Entities', '')
  if (view.entities.length === 0) return void md.push('No entities.')
  md.push('| Entity | Kind | Mentions | Variants | Labels by outlet |', '|---|---|---|---|---|')
  for (const entity of view.entities) {
    const perArticle = view.articles
      .map((a) => ({ a, count: entity.mentions.filter((m) => m.articleId === a.article.id).length }))
      .filter(({ count }) => count > 0)
      .map(({ a, count }) => `${cite(a)} ${count}`)
    const labels = view.articles.flatMap((a) => {
      const texts = distinctTexts(entity.descriptors[a.article.id] ?? [])
      return texts.length === 0 ? [] : [`${cite(a)} ${texts.map((t) => `“${esc(t.text)}”${t.count > 1 ? ` ×${t.count}` : ''}`).join(', ')}`]
    })
    const variants = entity.variants.map(esc).join(', ')
    md.push(`| ${esc(entity.name)} | ${entity.kind} | ${perArticle.join(', ')} | ${variants} | ${labels.join('; ')} |`)
  }
}

function writeFraming(md: string[], view: ReportView): void {
  md.push('', '## Framing', '', "Score: summed confidence of the outlet's own-voice spans per 100 words; 0 = neutral. Quoted words are the speaker's, shown and counted apart.")
  if (view.framingRanking.length > 1) {
    md.push('', 'Outlets by framing in their own voice, most first, with their strongest spans:', '')
    view.framingRanking.forEach((rank, i) => {
      const spans = rank.strongest.map(({ span, article }) => `“${esc(span.text)}” (${span.technique}, ${span.confidence.toFixed(2)}) ${cite(article)}`)
      md.push(`${i + 1}. ${esc(rank.outlet)}: score ${rank.score.toFixed(1)}${spans.length === 0 ? '' : ` · ${spans.join('; ')}`}`)
    })
  }
  for (const a of view.articles) {
    const framing = a.framing
    md.push('', `### ${cite(a)} ${esc(a.article.outlet)}: ${framing === undefined ? 'not analysed' : `score ${framing.score.toFixed(1)}`}`, '')
    if (framing === undefined) continue
    if (framing.spans.length === 0) {
      md.push('No framing spans found.')
      continue
    }
    const quoted = describeQuotedFraming(framing.spans)
    if (quoted !== undefined) md.push(`${esc(quoted)} (quoted score ${framing.quotedScore.toFixed(1)}).`, '')
    md.push('| Technique | Text | Whose words | Why | Times |', '|---|---|---|---|---|')
    for (const group of groupFramingSpans(framing.spans)) {
      md.push(`| ${group.technique} | ${esc(group.text)} | ${esc(group.whose)} | ${esc(group.explanation)} | ${group.count} |`)
    }
  }
}

function source(view: ReportView, articleId: string): string {
  const a = view.articleById(articleId)
  return a ? `${cite(a)} ${esc(a.article.outlet)}` : `\\[?\\] ${esc(articleId)}`
}

function cite(a: ArticleView): string {
  return `\\[${a.number}\\]`
}

function cites(articles: readonly ArticleView[]): string {
  return articles.map(cite).join('')
}

// Inline syntax anywhere: code, emphasis, links, tables, strikethrough, escapes, and "#" (a trailing
// " #" would close a heading). "<", ">" and "&" become entities so no raw HTML or entity survives.
const INLINE_SPECIAL = /[\\`*_[\]|~#]/g
// Other block syntax only counts at the start of a line: "- ", "+ ", "= ", "1. ", "1) ".
const BLOCK_START = /^(?:[+\-=]|\d+(?=[.)]))/

/** Article-derived text as literal, single-line Markdown. */
function esc(text: string): string {
  return escSegment(text.trim())
}

/** Like `esc` but keeps leading and trailing spaces, for runs joined into one line. */
function escSegment(text: string): string {
  const escaped = visibleControls(text.replace(/\s+/g, ' '))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(INLINE_SPECIAL, (c) => `\\${c}`)
  // "1." must become "1\." and "-" must become "\-" so a line never starts a heading or list.
  return escaped.replace(BLOCK_START, (m) => (/^\d/.test(m) ? `${m}\\` : `\\${m}`))
}

/** One line per group kind of the user's outlet registry; nothing without one. */
function writeCoverageByGroup(md: string[], report: CoverageReport): void {
  if (report.coverageByGroup.length === 0) return
  md.push('', '## Coverage by group', '')
  for (const group of report.coverageByGroup) md.push(`- **${esc(group.kind)}**: ${esc(describeGroupCoverage(group))}`)
}
