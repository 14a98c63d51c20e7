/**
 * Reopening a large corpus (issue 4: memory bounded at any corpus size): a writer (`parallax ingest`, the API, a
 * queue worker) starts by catching its dedupe and grouping state up with every stored article. Measured at
 * 100,000, 300,000 and 1,000,000 stored articles: catch-up time per article, as a ratio to reading the same
 * rows alone (the baseline, in the same run), the live heap the state keeps (after a GC) and the process's peak RSS.
 *
 * With --regroup, also `parallax stories regroup` (regroupCorpus: windows of 50,000) at each checkpoint: its
 * time per article and the peak RSS so far.
 *
 * Corpus: 5,000 synthetic text files (bench/synthetic-files.ts) ingested into SQLite, then their rows copied in
 * SQL under new ids, stories and duplicate groups, each copy 30 days after the last, up to the checkpoint.
 *
 *   npm run bench -- catch-up        (or: node --expose-gc --import tsx bench/corpus-catch-up.bench.ts [--max 1000000] [--regroup])
 */
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { CorpusState, ingestDocuments, regroupCorpus } from '../src/corpus/index.js'
import { readInputs } from '../src/ingest/index.js'
import { openSqliteStore } from '../src/store/index.js'
import { writeSyntheticFiles } from './synthetic-files.js'

const BASE = 5_000
const PAGE = 2_000
const at = process.argv.indexOf('--max')
const max = at > 0 ? Number(process.argv[at + 1]) : 1_000_000
const withRegroup = process.argv.includes('--regroup')
const checkpoints = [100_000, 300_000, 1_000_000, 3_000_000].filter((n) => n <= max)

const root = mkdtempSync(join(tmpdir(), 'parallax-catch-up-bench-'))
try {
  const dir = join(root, 'files')
  mkdirSync(dir)
  writeSyntheticFiles(dir, BASE)
  const dbPath = join(root, 'corpus.db')
  const ingesting = await openSqliteStore(dbPath)
  await ingestDocuments(ingesting, readInputs([dir]), () => {}, { workers: 1 })
  await ingesting.close()

  let copies = 1
  for (const target of checkpoints) {
    copies = copyRows(dbPath, copies, target)
    const store = await openSqliteStore(dbPath)
    let start = performance.now()
    let rows = 0
    for (let seq = 0; ; ) {
      const page = await store.corpusSince(seq, PAGE)
      rows += page.length
      seq = page.at(-1)?.seq ?? seq
      if (page.length < PAGE) break
    }
    const readSeconds = (performance.now() - start) / 1000
    start = performance.now()
    const state = new CorpusState()
    await store.write((tx) => state.sync(tx))
    const syncSeconds = (performance.now() - start) / 1000
    globalThis.gc?.()
    const heap = process.memoryUsage()
    const catchUpRss = process.resourceUsage().maxRSS
    let regrouped = ''
    if (withRegroup) {
      start = performance.now()
      const moved = await store.write((tx) => regroupCorpus(tx, []))
      const seconds = (performance.now() - start) / 1000
      regrouped = `; regroup ${((seconds * 1e6) / rows).toFixed(1)} µs/article (${seconds.toFixed(1)} s, ${moved.toLocaleString('en')} moved), peak RSS since start ${(process.resourceUsage().maxRSS / 2 ** 10).toFixed(0)} MiB`
    }
    await store.close()
    console.log(
      `${rows.toLocaleString('en').padStart(10)} articles: catch-up ${((syncSeconds * 1e6) / rows).toFixed(1)} µs/article ` +
        `(${syncSeconds.toFixed(1)} s; reading the rows alone ${((readSeconds * 1e6) / rows).toFixed(1)} µs, ratio ${(syncSeconds / readSeconds).toFixed(2)}×); ` +
        `live heap ${(heap.heapUsed / 2 ** 20).toFixed(0)} MiB + ${(heap.arrayBuffers / 2 ** 20).toFixed(0)} MiB typed arrays` +
        `${globalThis.gc ? '' : ' (no --expose-gc: heap includes garbage)'}; peak RSS ${(catchUpRss / 2 ** 10).toFixed(0)} MiB; ` +
        `database ${(statSync(dbPath).size / 2 ** 30).toFixed(2)} GiB${regrouped}`,
    )
    void state
  }
} finally {
  rmSync(root, { recursive: true, force: true })
}

/** Copies the ingested rows (copy 0) as copies `from`… until the corpus holds at least `target` articles; returns the next copy number. */
function copyRows(dbPath: string, from: number, target: number): number {
  const db = new Database(dbPath)
  let copy = from
  const count = () => (db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n
  const original = `article_id NOT LIKE '%-%'`
  const shifted = (column: string, k: number) => `strftime('%Y-%m-%dT%H:%M:%fZ', ${column}, '+${30 * k} days')`
  while (count() < target) {
    const k = copy++
    db.transaction(() => {
      db.prepare(`INSERT INTO stories (story_id, created_at) SELECT story_id || '-${k}', created_at FROM stories WHERE story_id NOT LIKE '%-%'`).run()
      db.prepare(
        `INSERT INTO articles (article_id, story_id, outlet, published_at, first_seen_at, language, revision, duplicate_group, wire, signature, terms)
         SELECT article_id || '-${k}', story_id || '-${k}', outlet, ${shifted('published_at', k)}, ${shifted('first_seen_at', k)}, language, revision,
                duplicate_group || '-${k}', wire, signature, terms FROM articles WHERE ${original}`,
      ).run()
    })()
  }
  db.close()
  return copy
}
