import { spawn, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { buildCli } from '../cli/built-cli.js'
import { enqueueInputs, openQueue, queueStatus, QUEUES, runWorker, type QueueContext } from '../../src/queue/index.js'
import { ANALYZER_VERSION, CorpusState } from '../../src/corpus/index.js'
import { parseOutletRegistry } from '../../src/pipeline/outlets/index.js'
import { analyseArticle } from '../../src/queue/analyse-article.js'
import { extractItems } from '../../src/queue/extract-items.js'
import { groupItems, type StateHolder } from '../../src/queue/group-items.js'
import { parseExtractJob } from '../../src/queue/job-data.js'
import { DATABASE_URL, dropCreatedSchemas, freshSchemaUrl, schemaOf, SKIP_MESSAGE } from '../store/postgres-schema.js'

// The built CLI, as users run it (test/cli/built-cli.ts: one build shared by every test file): a child started
// from source through tsx spent most of its time compiling.
const CLI = [buildCli()]
const dir = mkdtempSync(join(tmpdir(), 'parallax-jobs-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('worker and jobs commands without PostgreSQL', () => {
  test.each([['worker'], ['jobs']])('`parallax %s` without DATABASE_URL says what to set, exit 2, no stack', (command) => {
    const env = { ...process.env, DATABASE_URL: '' }
    const r = spawnSync(process.execPath, [...CLI, command], { env, encoding: 'utf8' })
    expect(r.status).toBe(2)
    expect(r.stderr).toBe('parallax: workers need PostgreSQL: set DATABASE_URL=postgres://user:password@host:port/db (see docs/SCALING.md)\n')
  })

  test('an unreachable server is one line on stderr, exit 1', () => {
    const env = { ...process.env, DATABASE_URL: 'postgres://nobody:pw@127.0.0.1:1/none' }
    const r = spawnSync(process.execPath, [...CLI, 'jobs'], { env, encoding: 'utf8' })
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(/^parallax: cannot reach PostgreSQL at nobody@127\.0\.0\.1:1\/none \(ECONNREFUSED\)/)
    expect(r.stderr).not.toContain('    at ')
  })
})

if (DATABASE_URL === null) {
  describe.skip(SKIP_MESSAGE, () => {
    test('job queue', () => {})
  })
} else {
  const base = DATABASE_URL
  afterAll(() => dropCreatedSchemas(base))
  const urls = new WeakMap<QueueContext, string>()
  const open = async (tag: string): Promise<QueueContext> => {
    const url = await freshSchemaUrl(base, tag)
    const ctx = await openQueue(url, { bossSchema: `${schemaOf(url)}_boss`, maintenanceIntervalSeconds: 1 })
    urls.set(ctx, url)
    return ctx
  }
  const quiet = { exitWhenIdle: true, pollMs: 100, log: () => {} } as const
  /** A fresh folder `name` under the test directory holding `files` (name → text); returns its path. */
  const inputFolder = (name: string, files: Record<string, string>): string => {
    const inputs = join(dir, name)
    rmSync(inputs, { recursive: true, force: true })
    mkdirSync(inputs, { recursive: true })
    for (const [file, text] of Object.entries(files)) writeFileSync(join(inputs, file), text)
    return inputs
  }
  const VALENCIA = 'Floods in Valencia\n\nHeavy rain flooded Valencia on Tuesday, officials said. Rescue teams worked through the night.'

  describe('job queue', () => {
    test('bad inputs become skipped items with their reason; the good ones are stored; analyse jobs fill the cache', async () => {
      const ctx = await open('items')
      try {
        const inputs = inputFolder('items', {
          'a.txt': VALENCIA,
          'b.txt': 'Valencia floods\n\nRescue teams in Valencia worked through the night after heavy rain on Tuesday, officials said.',
          'c.txt': '12345 67890 --- ...',
        })
        const totals = await enqueueInputs(ctx, [inputs, join(dir, 'missing.txt')], { analyse: true })
        expect(totals).toMatchObject({ documents: 3, urls: 0, skipped: 1 })
        const worked = await runWorker(ctx, quiet)
        expect(worked.failed).toBe(0)
        const status = await queueStatus(ctx)
        expect(status.items).toEqual({ grouped: 2, skipped: 2 })
        expect(status.outcomes).toEqual({ stored: 2 })
        expect(status.problemItems.map((i) => [i.source.split('/').pop(), i.state, i.message])).toEqual([
          ['missing.txt', 'skipped', 'no such file or directory'],
          ['c.txt', 'skipped', 'no article text'],
        ])
        const stories = await ctx.store.listStories()
        expect(stories.flatMap((s) => s.members.map((m) => m.title)).sort()).toEqual(['Floods in Valencia', 'Valencia floods'])
        expect(status.jobs[QUEUES.analyse]).toEqual({ completed: 2 })
        const member = stories[0]?.members[0]
        const cached = await ctx.store.getAnalysis({ articleId: member?.articleId ?? '', revision: 1, analyzer: ANALYZER_VERSION })
        expect(cached).toContain('"sentences"')
      } finally {
        await ctx.close()
      }
    }, 60_000)

    test('with the outlet registry (worker --outlets), articles are stored under the names it gives', async () => {
      const ctx = await open('registry')
      try {
        const inputs = inputFolder('registry', { 'kp.txt': VALENCIA })
        await enqueueInputs(ctx, [inputs])
        const outletRegistry = parseOutletRegistry('outlets:\n  - name: Kyiv Post\n    aliases: [kp]\n', 'outlets.yaml')
        expect((await runWorker(ctx, { ...quiet, outletRegistry })).failed).toBe(0)
        const [story] = await ctx.store.listStories()
        expect(story?.members.map((m) => m.outlet)).toEqual(['Kyiv Post'])
      } finally {
        await ctx.close()
      }
    }, 60_000)

    test('an analyse job queued before its article moved (a settle, merge or split) finds it in its new story', async () => {
      const ctx = await open('moved')
      try {
        const inputs = inputFolder('moved', { 'a.txt': VALENCIA })
        await enqueueInputs(ctx, [inputs])
        await runWorker(ctx, quiet)
        const [story] = await ctx.store.listStories()
        const articleId = story?.members[0]?.articleId ?? ''
        await ctx.store.write((tx) => tx.moveArticles([{ articleId, storyId: 'elsewhere' }]))
        expect(await analyseArticle(ctx, { articleId, storyId: story?.storyId ?? '', revision: 1 })).toBe('analysed')
        expect(await ctx.store.getAnalysis({ articleId, revision: 1, analyzer: ANALYZER_VERSION })).toContain('"sentences"')
        expect(await analyseArticle(ctx, { articleId: 'unknown', storyId: 'elsewhere', revision: 1 })).toBe('skipped')
      } finally {
        await ctx.close()
      }
    }, 60_000)

    test('a failing job is retried with backoff, then shown failed with its error', async () => {
      const ctx = await open('failing')
      try {
        // Malformed on purpose: one retry after 1 s, then failed for good.
        await ctx.boss.send(QUEUES.extract, { ordinals: 'not a list' }, { retryLimit: 1, retryDelay: 1, retryBackoff: true })
        const lines: string[] = []
        const worked = await runWorker(ctx, { ...quiet, log: (l) => lines.push(l) })
        expect(worked.failed).toBe(2)
        expect(lines[0]).toMatch(/^parallax worker: parallax-extract job \S+ failed: extract job: malformed data \{"ordinals":"not a list"\}$/)
        const status = await queueStatus(ctx)
        expect(status.jobs[QUEUES.extract]).toEqual({ failed: 1 })
        expect(status.failedJobs).toHaveLength(1)
        expect(status.failedJobs[0]).toMatchObject({ queue: QUEUES.extract, retries: 1, message: 'extract job: malformed data {"ordinals":"not a list"}' })
        const text = spawnSync(process.execPath, [...CLI, 'jobs'], {
          env: { ...process.env, DATABASE_URL: urls.get(ctx) ?? '', PARALLAX_QUEUE_SCHEMA: ctx.bossSchema },
          encoding: 'utf8',
        })
        expect(text.stdout).toContain('  extract  1 failed\n')
        expect(text.stdout).toContain('failed jobs (newest first):\n  extract ')
        expect(text.stdout).toContain('after 1 retries')
        // `parallax jobs retry` gives it one more attempt; malformed, it fails again, now after 2 retries.
        const retried = spawnSync(process.execPath, [...CLI, 'jobs', 'retry'], {
          env: { ...process.env, DATABASE_URL: urls.get(ctx) ?? '', PARALLAX_QUEUE_SCHEMA: ctx.bossSchema },
          encoding: 'utf8',
        })
        expect(retried.stderr).toBe('jobs: 1 failed job(s) queued again\n')
        expect((await queueStatus(ctx)).jobs[QUEUES.extract]).toEqual({ retry: 1 })
        expect((await runWorker(ctx, quiet)).failed).toBe(1)
        expect((await queueStatus(ctx)).failedJobs[0]).toMatchObject({ retries: 2 })
      } finally {
        await ctx.close()
      }
    }, 60_000)

    test('SIGTERM: the worker finishes the job in hand, closes its connections and exits 0 with a summary', async () => {
      const ctx = await open('sigterm')
      const env = { ...process.env, DATABASE_URL: urls.get(ctx) ?? '', PARALLAX_QUEUE_SCHEMA: ctx.bossSchema }
      await ctx.close()
      const child = spawn(process.execPath, [...CLI, 'worker'], { env, stdio: ['ignore', 'ignore', 'pipe'] })
      let stderr = ''
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
      // Started once it has created its queues (an idle worker polls every 500 ms).
      await new Promise((r) => setTimeout(r, 4000))
      child.kill('SIGTERM')
      const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
      expect({ code, stderr }).toEqual({ code: 0, stderr: 'worker: 0 group, 0 fetch, 0 extract, 0 analyse jobs done, 0 failed\n' })
    }, 60_000)

    test('a long-lived worker regroups against moved stories: a merge made meanwhile is seen by the next article', async () => {
      const ctx = await open('moved')
      try {
        const inputs = join(dir, 'moved')
        spawnSync('mkdir', ['-p', inputs])
        const holder: StateHolder = { state: new CorpusState() }
        const drain = async () => {
          for (;;) {
            const [job] = await ctx.boss.fetch<{ ordinals: number[] }>(QUEUES.extract)
            if (job === undefined) break
            await extractItems(ctx, parseExtractJob(job.data))
            await ctx.boss.complete(QUEUES.extract, job.id)
          }
          await groupItems(ctx, holder)
        }
        writeFileSync(join(inputs, '1.txt'), 'Floods in Valencia\n\nHeavy rain flooded Valencia on Tuesday, officials said. Rescue teams worked through the night.')
        await enqueueInputs(ctx, [join(inputs, '1.txt')])
        await drain()
        const [first] = await ctx.store.listStories()
        const articleId = first?.members[0]?.articleId ?? ''
        // A user correction moves the article to another story while the worker keeps running.
        await ctx.store.write((tx) => tx.moveArticles([{ articleId, storyId: 's-moved' }]))
        writeFileSync(join(inputs, '2.txt'), 'Valencia floods\n\nRescue teams in Valencia worked through the night after heavy rain on Tuesday, officials said.')
        await enqueueInputs(ctx, [join(inputs, '2.txt')])
        await drain()
        const stories = await ctx.store.listStories()
        expect(stories.map((s) => [s.storyId, s.members.length])).toEqual([['s-moved', 2]])
      } finally {
        await ctx.close()
      }
    }, 60_000)

    test('fetch jobs: a worker fetches queued URLs (with --allow-private for this loopback server); a 404 is a skipped item', async () => {
      const page = `<!doctype html><html lang="en"><head><title>Harbour bridge reopens</title></head><body><article><h1>Harbour bridge reopens</h1>${'<p>The harbour bridge reopened on Monday after two years of repairs, the city council said in a statement.</p>'.repeat(4)}</article></body></html>`
      const server = createServer((req, res) => {
        if (req.url === '/bridge') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page)
        else res.writeHead(404).end()
      })
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
      const ctx = await open('fetch')
      try {
        const totals = await enqueueInputs(ctx, [`${base}/bridge`, `${base}/gone`], { allowPrivate: true, outlet: 'City Paper' })
        expect(totals).toMatchObject({ documents: 0, urls: 2 })
        const worked = await runWorker(ctx, quiet)
        expect(worked).toMatchObject({ failed: 0, done: { [QUEUES.fetch]: 2, [QUEUES.extract]: 1 } })
        const status = await queueStatus(ctx)
        expect(status.items).toEqual({ fetched: 2, grouped: 1, skipped: 1 })
        expect(status.problemItems).toMatchObject([{ source: `${base}/gone`, state: 'skipped', message: expect.stringContaining('HTTP 404') as unknown }])
        const [story] = await ctx.store.listStories()
        expect(story?.members.map((m) => [m.title, m.outlet])).toEqual([['Harbour bridge reopens', 'City Paper']])
      } finally {
        await ctx.close()
        server.close()
      }
    }, 60_000)

    test('each job is done once: two workers in one process share the extract jobs without doing any twice', async () => {
      const ctx = await open('once')
      try {
        const inputs = join(dir, 'once')
        spawnSync('mkdir', ['-p', inputs])
        for (let i = 0; i < 60; i++) writeFileSync(join(inputs, `${String(i).padStart(3, '0')}.txt`), `Story ${i}\n\nText number ${i} about the harbour ${i * 7} and the bridge ${i * 13}.`)
        await enqueueInputs(ctx, [inputs])
        const worked = await runWorker(ctx, { ...quiet, concurrency: 2 })
        // 60 documents in chunks of 25: 3 extract jobs, each completed once.
        expect(worked.done[QUEUES.extract]).toBe(3)
        const status = await queueStatus(ctx)
        expect(status.jobs[QUEUES.extract]).toEqual({ completed: 3 })
        expect(status.items).toEqual({ grouped: 60 })
      } finally {
        await ctx.close()
      }
    }, 60_000)
  })
}
