import type { StoryListItem } from '../api/summarize-story.js'
import { escapeHtml as esc } from '../report/index.js'
import { renderLayout } from './layout.js'

export interface StoryListFilters {
  readonly q?: string
  /** A `since` choice of the form: "1d", "7d", "30d", or "" for any time. */
  readonly since?: string
}

/** Choices of the "since" filter, as shown; the value is a relative age the server turns into a date. */
export const SINCE_CHOICES: readonly (readonly [string, string])[] = [
  ['', 'any time'],
  ['1d', 'last 24 hours'],
  ['7d', 'last 7 days'],
  ['30d', 'last 30 days'],
]

/** Bars drawn in a story's coverage sparkline: the most recent 30 days with articles. */
const MAX_BARS = 30

/** `/`: stories newest first, each with its outlets, independent sources and articles per day. */
export function renderStoryListPage(stories: readonly StoryListItem[], filters: StoryListFilters): string {
  const options = SINCE_CHOICES.map(([value, label]) => `<option value="${value}"${value === (filters.since ?? '') ? ' selected' : ''}>${label}</option>`).join('')
  const form = `<form class="search" method="get" action="/" role="search">
<label for="q">Words<input id="q" name="q" type="search" value="${esc(filters.q ?? '')}" placeholder="oreshnik minsk"></label>
<label for="since">Seen<select id="since" name="since">${options}</select></label>
<button type="submit">Filter</button></form>`
  const list =
    stories.length === 0
      ? `<p class="muted">No stories${filters.q || filters.since ? ' match these filters' : ' yet: add articles with <code>parallax ingest</code> or POST /api/articles'}.</p>`
      : `<ol class="stories">${stories.map(storyItem).join('\n')}</ol>`
  const body = `<h1>Stories</h1>\n<p class="muted">${stories.length} ${stories.length === 1 ? 'story' : 'stories'}, newest first. <a href="/compare">Compare articles</a> without storing them.</p>\n${form}\n${list}`
  return renderLayout({ title: 'Stories', body, active: 'stories' })
}

/** Articles listed under a story: the latest few; the story page has them all. */
const MAX_MEMBERS = 4

function storyItem(story: StoryListItem): string {
  const outlets = story.outlets.map(esc).join(', ')
  const span = day(story.lastSeen) === day(story.firstSeen) ? esc(day(story.firstSeen)) : `${esc(day(story.firstSeen))} – ${esc(day(story.lastSeen))}`
  const members = [...story.articles].sort((a, b) => when(b).localeCompare(when(a)))
  const shown = members.slice(0, MAX_MEMBERS).map((a) => `<li><time datetime="${esc(when(a))}">${esc(when(a).slice(0, 16).replace('T', ' '))}</time> <strong>${esc(a.outlet)}</strong>: ${esc(a.title)}</li>`)
  const more = members.length > MAX_MEMBERS ? `<li class="muted">and ${members.length - MAX_MEMBERS} more</li>` : ''
  return `<li class="story">
<div class="story-main">
<h2><a href="/stories/${encodeURIComponent(story.id)}">${esc(story.title)}</a></h2>
<p class="counts"><span class="badge">${story.articleCount} ${story.articleCount === 1 ? 'article' : 'articles'}</span><span class="badge">${story.independentSources} independent ${story.independentSources === 1 ? 'source' : 'sources'}</span><span class="muted">${span}</span></p>
<p class="outlets meta">Outlets: ${outlets}</p>
<ul class="members meta">${shown.join('')}${more}</ul>
</div>
<figure class="coverage">${sparkline(story.timeline)}<figcaption class="meta">articles per day</figcaption></figure>
</li>`
}

function when(a: StoryListItem['articles'][number]): string {
  return a.publishedAt ?? a.firstSeenAt
}

/** Articles per day as bars; an SVG with only geometry attributes (no inline style, which the CSP forbids). */
function sparkline(timeline: StoryListItem['timeline']): string {
  const days = timeline.slice(-MAX_BARS)
  const max = Math.max(1, ...days.map((d) => d.articles))
  const width = 6
  const height = 28
  const bars = days
    .map((d, i) => {
      const h = Math.max(2, Math.round((d.articles / max) * height))
      return `<rect x="${i * (width + 2)}" y="${height - h}" width="${width}" height="${h}"><title>${esc(d.day)}: ${d.articles}</title></rect>`
    })
    .join('')
  const label = `Coverage over time: ${days.map((d) => `${d.day} ${d.articles}`).join(', ')}`
  return `<svg class="timeline" role="img" aria-label="${esc(label)}" width="${Math.max(1, days.length * (width + 2))}" height="${height}" viewBox="0 0 ${Math.max(1, days.length * (width + 2))} ${height}">${bars}</svg>`
}

function day(iso: string): string {
  return iso.slice(0, 10)
}
