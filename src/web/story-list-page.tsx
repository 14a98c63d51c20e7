import type { StoryListItem } from '../api/summarize-story.js'
import { formatDateRange, formatPublishedAt, GroupBar } from '../report/index.js'
import { renderPage } from './layout.js'

export interface StoryListFilters {
  readonly q?: string
  /** A `since` choice of the form: "1d", "7d", "30d", or "" for any time. */
  readonly since?: string
  /** Only stories that are a blindspot under some group kind (`?blindspots=1`). */
  readonly blindspots?: boolean
  /** The page's `after` cursor (`?after=`): a later page of the list; absent on the first. */
  readonly after?: string
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

/**
 * `/`: stories newest first, each with its outlets, independent sources, articles per day and, with an outlet
 * registry (`hasOutletRegistry`), its coverage by group as small bars, its blindspots, and a link to list only those.
 * A page holds the server's page of stories; `next` (a cursor) links to the older ones.
 */
export function renderStoryListPage(stories: readonly StoryListItem[], filters: StoryListFilters, hasOutletRegistry = false, next?: string): string {
  const count = stories.length
  const query = (blindspots: boolean, after?: string) => {
    const params = new URLSearchParams()
    if (filters.q) params.set('q', filters.q)
    if (filters.since) params.set('since', filters.since)
    if (blindspots) params.set('blindspots', '1')
    if (after !== undefined) params.set('after', after)
    const search = params.toString()
    return search === '' ? '/' : `/?${search}`
  }
  const isLater = filters.after !== undefined
  return renderPage(
    { title: 'Stories', active: 'stories' },
    <>
      <h1>Stories</h1>
      <p class="muted">
        {`${count} ${isLater ? 'older ' : ''}${count === 1 ? 'story' : 'stories'}${filters.blindspots ? ' with a blindspot' : ''}`}
        {isLater ? (
          <>
            , newest first; <a href={query(filters.blindspots === true)}>back to the newest</a>.
          </>
        ) : (
          ', newest first.'
        )}{' '}
        <a href="/compare">Compare articles</a> without storing them.
      </p>
      {hasOutletRegistry ? (
        <p class="filters">
          {filters.blindspots ? (
            <a href={query(false)}>All stories</a>
          ) : (
            <a href={query(true)} class="blindspot-filter">
              Blindspots only
            </a>
          )}
          <span class="muted">blindspot: every outlet the registry places under a group kind has the same value</span>
        </p>
      ) : null}
      <form class="search" method="get" action="/" role="search">
        <label for="q">
          Words
          <input id="q" name="q" type="search" value={filters.q ?? ''} placeholder="oreshnik minsk" />
        </label>
        <label for="since">
          Seen
          <select id="since" name="since">
            {SINCE_CHOICES.map(([value, label]) => (
              <option value={value} selected={value === (filters.since ?? '')}>
                {label}
              </option>
            ))}
          </select>
        </label>
        {filters.blindspots ? <input type="hidden" name="blindspots" value="1" /> : null}
        <button type="submit">Filter</button>
      </form>
      {count === 0 ? (
        <p class="muted">
          No stories
          {filters.q || filters.since || filters.blindspots ? (
            ' match these filters.'
          ) : (
            <>
              {' '}
              yet: add articles with <code>parallax ingest</code> or POST /api/articles.
            </>
          )}
        </p>
      ) : (
        <ol class="stories">
          {stories.map((story) => (
            <StoryItem story={story} />
          ))}
        </ol>
      )}
      {next === undefined ? null : (
        <p class="pager">
          <a href={query(filters.blindspots === true, next)} rel="next">
            Older stories
          </a>
        </p>
      )}
    </>,
  )
}

/** Articles listed under a story: the latest few; the story page has them all. */
const MAX_MEMBERS = 4

function StoryItem({ story }: { story: StoryListItem }) {
  // Publication days of its articles; a story none of whose articles is dated says when it was first seen, as such.
  const published = formatDateRange(story.articles.map((a) => a.publishedAt))
  const span = published === '' ? `first seen ${formatPublishedAt(day(story.firstSeen))}` : published
  const members = [...story.articles].sort((a, b) => time(b) - time(a))
  return (
    <li class="story">
      <div class="story-main">
        <h2>
          <a href={`/stories/${encodeURIComponent(story.id)}`}>{story.title}</a>
        </h2>
        <p class="counts">
          <span class="badge">
            {story.articleCount} {story.articleCount === 1 ? 'article' : 'articles'}
          </span>
          <span class="badge">
            {story.independentSources} independent {story.independentSources === 1 ? 'source' : 'sources'}
          </span>
          <span class="muted">{span}</span>
          {story.blindspots.map((b) => (
            <span class="badge blindspot-badge">
              Blindspot: only {b.kind}: {b.value}
            </span>
          ))}
        </p>
        <p class="outlets meta">Outlets: {story.outlets.join(', ')}</p>
        {story.coverageByGroup.length === 0 ? null : (
          <div class="story-groups">
            {story.coverageByGroup.map((group) => (
              <div class="story-group">
                <span class="kind">{group.kind}</span>
                <GroupBar group={group} small />
              </div>
            ))}
          </div>
        )}
        <ul class="members meta">
          {members.slice(0, MAX_MEMBERS).map((a) => (
            <li>
              {a.publishedAt === null ? (
                <>
                  first seen <time datetime={a.firstSeenAt}>{formatPublishedAt(a.firstSeenAt)}</time>
                </>
              ) : (
                <time datetime={a.publishedAt}>{formatPublishedAt(a.publishedAt)}</time>
              )}{' '}
              <strong>{a.outlet}</strong>: {a.title}
            </li>
          ))}
          {members.length > MAX_MEMBERS ? <li class="muted">and {members.length - MAX_MEMBERS} more</li> : null}
        </ul>
      </div>
      <figure class="coverage">
        <Sparkline timeline={story.timeline} />
        <figcaption class="meta">articles per day</figcaption>
      </figure>
    </li>
  )
}

/** Newest first by publication time, else by when the article was first seen (undated sort last). */
function time(a: StoryListItem['articles'][number]): number {
  return Date.parse(a.publishedAt ?? a.firstSeenAt) || 0
}

/** Articles per day as bars; an SVG with only geometry attributes (no inline style, which the CSP forbids). */
function Sparkline({ timeline }: { timeline: StoryListItem['timeline'] }) {
  const days = timeline.slice(-MAX_BARS)
  const max = Math.max(1, ...days.map((d) => d.articles))
  const width = 6
  const height = 28
  const total = Math.max(1, days.length * (width + 2))
  const label = `Coverage over time: ${days.map((d) => `${d.day} ${d.articles}`).join(', ')}`
  return (
    <svg class="timeline" role="img" aria-label={label} width={total} height={height} viewBox={`0 0 ${total} ${height}`}>
      {days.map((d, i) => {
        const h = Math.max(2, Math.round((d.articles / max) * height))
        return (
          <rect x={i * (width + 2)} y={height - h} width={width} height={h}>
            <title>
              {d.day}: {d.articles}
            </title>
          </rect>
        )
      })}
    </svg>
  )
}

function day(iso: string): string {
  return iso.slice(0, 10)
}
