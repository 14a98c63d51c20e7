import { createHash } from 'node:crypto'
import { parseSince, regroupCorpus } from '../../corpus/index.js'
import { AppError, type OutletRegistry } from '../../model/index.js'
import { decodeStoryCursor, encodeStoryCursor } from '../../api/story-cursor.js'
import { summarizeStory, type StoryListItem } from '../../api/summarize-story.js'
import { foldName } from '../../pipeline/text/index.js'
import { formatPublishedAt } from '../../report/index.js'
import type { Store, StorySummary } from '../../store/index.js'
import { loadOutletRegistry } from '../load-outlet-registry.js'
import { openExistingStore } from '../open-existing-store.js'
import type { StoriesFlags } from './stories.js'

/** `parallax stories`: the stored stories, newest first, as a table or JSON. */
export async function listStories(opts: StoriesFlags): Promise<void> {
  const limit = Number(opts.limit)
  if (!Number.isInteger(limit) || limit < 1) throw new AppError('invalid_input', `--limit must be a positive integer, got "${opts.limit}"`)
  const registry = await loadOutletRegistry(opts.outlets)
  const blindspotKind = opts.blindspots === undefined ? undefined : blindspotKindOf(opts.blindspots, registry)
  const after = opts.after === undefined ? undefined : decodeStoryCursor(opts.after)
  if (after === null) throw new AppError('invalid_input', `--after: not a story-list cursor (use the one the note of the page before gives)`)
  await withStore(opts.db, async (store) => {
    const list = await store.listStories({
      // Blindspots are found among every story in the window (--since, --query), then cut to --limit; one story
      // more than asked for tells whether the list was cut.
      limit: blindspotKind === undefined ? limit + 1 : ALL_STORIES,
      ...(opts.since === undefined ? {} : { since: parseSince(opts.since, new Date()) }),
      ...(opts.query === undefined ? {} : { query: foldName(opts.query) }),
      ...(after === undefined ? {} : { after }),
    })
    const all = list.map((story) => summarize(story, registry))
    const matching = blindspotKind === undefined ? all : all.filter((r) => r.blindspots.some((b) => blindspotKind === true || b.kind === blindspotKind))
    const rows = matching.slice(0, limit)
    if (opts.json) process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`)
    else printTable(rows)
    // Never cut a list silently (stderr, so --json output stays one parsable array).
    const last = rows[rows.length - 1]
    if (matching.length > limit && last !== undefined) {
      const cursor = encodeStoryCursor({ lastSeen: last.lastSeen, storyId: last.id })
      process.stderr.write(`parallax: showing ${after === undefined ? 'the newest ' : ''}${limit} stories; more match (--after ${cursor} for the next page, --limit N for more)\n`)
    }
  })
}

/** `parallax stories merge`: the stories into the first one, as a correction that survives regrouping. */
export async function mergeStories(ids: readonly string[], db: string | undefined): Promise<void> {
  if (ids.length < 2) throw new AppError('invalid_input', 'merge needs at least two stories')
  await withStore(db, async (store) => {
    const found = await Promise.all(ids.map((id) => requireStory(store, id)))
    const target = found[0]?.storyId ?? ''
    const articleIds = found.flatMap((s) => s.articles.map((a) => a.articleId))
    await store.write(async (tx) => {
      await tx.addCorrection({ kind: 'merge', storyId: target, articleIds })
      await tx.moveArticles(articleIds.map((articleId) => ({ articleId, storyId: target })))
    })
    process.stdout.write(`merged ${found.length} stories into ${target} (${articleIds.length} articles)\n`)
  })
}

/** `parallax stories split`: articles out of a story into a new one, as a correction. */
export async function splitStory(id: string, articleIds: readonly string[], db: string | undefined): Promise<void> {
  await withStore(db, async (store) => {
    const story = await requireStory(store, id)
    const inStory = new Set(story.articles.map((a) => a.articleId))
    const missing = articleIds.filter((a) => !inStory.has(a))
    if (missing.length > 0) throw new AppError('invalid_input', `not in story ${story.storyId}: ${missing.join(', ')}`)
    if (articleIds.length === inStory.size) throw new AppError('invalid_input', 'split must leave at least one article in the story')
    const newId = `s${createHash('sha256').update(`split\n${story.storyId}\n${[...articleIds].sort().join('\n')}`).digest('hex').slice(0, 11)}`
    await store.write(async (tx) => {
      await tx.addCorrection({ kind: 'split', storyId: newId, articleIds })
      await tx.moveArticles(articleIds.map((articleId) => ({ articleId, storyId: newId })))
    })
    process.stdout.write(`moved ${articleIds.length} articles from ${story.storyId} to ${newId}\n`)
  })
}

/** `parallax stories regroup`: recompute every story, then replay the corrections. */
export async function regroupStories(db: string | undefined): Promise<void> {
  await withStore(db, async (store) => {
    const moved = await regroup(store)
    process.stdout.write(`regrouped: ${moved} articles changed story\n`)
  })
}

/** listStories' limit when blindspots are searched: every story of the window. */
const ALL_STORIES = 2 ** 31 - 1

/** `--blindspots` (any kind: true) or `--blindspots lean`; either needs a registry with that group kind. */
function blindspotKindOf(value: string | true, registry: OutletRegistry | undefined): string | true {
  const kinds = [...new Set(registry?.outlets.flatMap((o) => Object.keys(o.groups)) ?? [])]
  if (kinds.length === 0) {
    const why = registry === undefined ? 'no outlet registry found' : `${registry.source ?? 'the outlet registry'} defines no groups`
    throw new AppError('invalid_input', `--blindspots needs outlet groups (such as lean) in an outlet registry: ${why} (--outlets FILE; see docs/OUTLETS.md)`)
  }
  if (value !== true && !kinds.includes(value)) throw new AppError('invalid_input', `--blindspots: no group kind "${value}" in the outlet registry (it has: ${kinds.join(', ')})`)
  return value
}

/** `parallax stories regroup`: see regroupCorpus. Returns how many articles moved. */
export async function regroup(store: Store): Promise<number> {
  const corrections = await store.corrections()
  return store.write((tx) => regroupCorpus(tx, corrections))
}

/** A row of `parallax stories`: the API's story-list item (docs/API.md) without timeline and articles, its count as `articles`. */
type StoryRow = Omit<StoryListItem, 'articleCount' | 'timeline' | 'articles'> & { readonly articles: number }

/** The story list's row as the API gives it (summarizeStory), with `articles` for its count. */
function summarize(story: StorySummary, registry: OutletRegistry | undefined): StoryRow {
  const { id, title, firstSeen, lastSeen, articleCount, independentSources, outlets, outletDetails, coverageByGroup, blindspots } = summarizeStory(story, registry)
  return { id, title, firstSeen, lastSeen, articles: articleCount, independentSources, outlets, outletDetails, coverageByGroup, blindspots }
}

function printTable(rows: readonly StoryRow[]): void {
  if (rows.length === 0) {
    process.stdout.write('no stories\n')
    return
  }
  for (const r of rows) {
    const outlets = r.outlets.slice(0, 3).join(', ') + (r.outlets.length > 3 ? `, +${r.outlets.length - 3}` : '')
    // Newest and earliest article (published, else first seen), both in UTC as stored, so they compare at a glance.
    process.stdout.write(`${r.id}  ${formatPublishedAt(r.lastSeen)}  ${r.articles} articles, ${r.independentSources} independent sources  ${r.title}\n`)
    process.stdout.write(`${' '.repeat(r.id.length + 2)}since ${formatPublishedAt(r.firstSeen)} · ${outlets}\n`)
    // One line per group kind: "lean: left 2 · right 1 · unknown 1", and which kinds it is a blindspot of.
    for (const group of r.coverageByGroup) {
      const only = r.blindspots.find((b) => b.kind === group.kind)
      const counts = group.values.map((v) => `${v.value} ${v.outlets.length}`).join(' · ')
      process.stdout.write(`${' '.repeat(r.id.length + 2)}${group.kind}: ${counts}${only ? `  (only ${only.value})` : ''}\n`)
    }
  }
}

async function requireStory(store: Store, id: string) {
  const story = await store.getStory(id)
  if (story === null) throw new AppError('not_found', `no story "${id}"`)
  return story
}

async function withStore(db: string | undefined, fn: (store: Store) => Promise<void>): Promise<void> {
  const store = await openExistingStore(db)
  try {
    await fn(store)
  } finally {
    await store.close()
  }
}
