/**
 * Incremental ingest (issue 19): ingest of ~100 new articles into a store of ~6,000 against the same articles into
 * an empty store, as a ratio measured in the same run (target ≤ 1.5×), and one article into the large store. Each
 * measured ingest runs in a child process that first ingests a few other files into a throwaway in-memory store
 * (so the NLP models are loaded before the clock starts), then ingests into the store under test; it reports wall
 * and CPU time of that ingest and its peak RSS. Cases are interleaved, medians of `--reps` runs. The "replaying"
 * case deletes the stored corpus snapshot first: the cost before issue 19, when every run replayed the corpus.
 *
 * Fails (exit 1) when a run stores other rows than the replaying run on the same inputs, or the large store has
 * no snapshot: the shortcut would then be wrong or absent, whatever the timings.
 *
 *   npx tsx bench/ingest-incremental.bench.ts [--base 8000] [--add 135] [--reps 5]
 */
import { spawnSync } from 'node:child_process'
import { closeSync, copyFileSync, fsyncSync, mkdirSync, mkdtempSync, openSync, readdirSync, renameSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { ingestDocuments } from '../src/corpus/index.js'
import { readInputs } from '../src/ingest/index.js'
import { openSqliteStore } from '../src/store/index.js'
import { writeSyntheticFiles } from './synthetic-files.js'

const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(name)
  return at > 0 ? Number(process.argv[at + 1]) : fallback
}

if (process.argv[2] === '--child') await child(process.argv[3] ?? '', process.argv[4] ?? '', process.argv[5] ?? '')
else await main()

async function main(): Promise<void> {
  const baseFiles = arg('--base', 8000)
  const addFiles = arg('--add', 135)
  const reps = arg('--reps', 5)
  const root = mkdtempSync(join(tmpdir(), 'parallax-incremental-bench-'))
  try {
    const dirs = { base: join(root, 'base'), add: join(root, 'add'), one: join(root, 'one'), warm: join(root, 'warm') }
    for (const dir of Object.values(dirs)) mkdirSync(dir)
    writeSyntheticFiles(dirs.base, baseFiles + addFiles + 1 + 40)
    // The files after the base, in order: the new articles, one more, and the warm-up set.
    const extra = readdirSync(dirs.base).sort().slice(baseFiles)
    extra.forEach((file, i) => renameSync(join(dirs.base, file), join(i < addFiles ? dirs.add : i === addFiles ? dirs.one : dirs.warm, file)))

    const big = join(root, 'big.db')
    const store = await openSqliteStore(big)
    let start = performance.now()
    const cpu = process.cpuUsage()
    const totals = await ingestDocuments(store, readInputs([dirs.base]), () => {}, { workers: 1 })
    const seconds = (performance.now() - start) / 1000
    const used = process.cpuUsage(cpu)
    await store.close()
    const handled = totals.stored + totals.copies + totals.unchanged
    console.log(
      `large store: ${baseFiles.toLocaleString('en')} files → ${totals.stored.toLocaleString('en')} articles (${totals.copies + totals.unchanged} exact copies, ${totals.skipped} not articles); ` +
        `fresh ingest with 1 worker thread ${Math.round(handled / seconds).toLocaleString('en')} articles/s wall, ${Math.round(handled / ((used.user + used.system) / 1e6)).toLocaleString('en')} per CPU-second (goal ≥ 1,000/s)`,
    )
    const snapshot = new Database(big)
      .prepare('SELECT seq, length(state) + (SELECT coalesce(sum(length(bytes)), 0) FROM corpus_snapshot_parts) AS bytes, 1 + (SELECT count(*) FROM corpus_snapshot_parts) AS parts FROM corpus_snapshot')
      .get() as { seq: number; bytes: number; parts: number } | undefined
    if (snapshot === undefined) throw new Error('bench: the large store has no corpus snapshot after its ingest')
    console.log(`snapshot: ${(snapshot.bytes / 1024).toFixed(0)} KiB in ${snapshot.parts} parts at article ${snapshot.seq}`)

    const cases = ['empty', 'large', 'replaying', 'one'] as const
    const results = new Map<string, { wall: number; cpu: number; rss: number; stored: number }[]>(cases.map((c) => [c, []]))
    const rows = new Map<string, string>()
    for (let rep = 0; rep < reps; rep++) {
      for (const name of rep % 2 === 0 ? cases : [...cases].reverse()) {
        const db = join(root, `${name}-${rep}.db`)
        if (name !== 'empty') copyFileSync(big, db)
        if (name === 'replaying') {
          const raw = new Database(db)
          raw.exec('DELETE FROM corpus_snapshot')
          raw.close()
        }
        if (name !== 'empty') flushToDisk(db)
        start = performance.now()
        const out = spawnSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--child', db, name === 'one' ? dirs.one : dirs.add, dirs.warm], { encoding: 'utf8' })
        if (out.status !== 0) throw new Error(`bench: child ${name} failed: ${out.stderr.split('\n').filter((l) => !l.includes('skipped')).join('\n')}`)
        const result = JSON.parse(out.stdout.trim().split('\n').at(-1) ?? '{}') as { wall: number; cpu: number; rss: number; stored: number }
        results.get(name)?.push(result)
        if (name === 'large' || name === 'replaying') {
          const now = JSON.stringify(new Database(db).prepare('SELECT article_id, story_id, duplicate_group FROM articles ORDER BY seq').all())
          const before = rows.get(`${name}`)
          if (before !== undefined && before !== now) throw new Error(`bench: ${name} stored other rows in run ${rep + 1} than in run 1`)
          rows.set(name, now)
        }
        rmSync(db, { force: true })
      }
    }
    if (rows.get('large') !== rows.get('replaying')) throw new Error('bench: restoring the snapshot stored other stories or duplicates than replaying the corpus')

    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN
    const summary = (name: string) => {
      const rs = results.get(name) ?? []
      return { wall: median(rs.map((r) => r.wall)), cpu: median(rs.map((r) => r.cpu)), rss: median(rs.map((r) => r.rss)), stored: rs[0]?.stored ?? 0 }
    }
    const empty = summary('empty')
    for (const name of cases) {
      const s = summary(name)
      const into = name === 'empty' ? 'an empty store' : name === 'one' ? `the large store (1 file)` : `the large store${name === 'replaying' ? ', snapshot deleted (replays the corpus, as before issue 19)' : ''}`
      console.log(
        `${String(s.stored).padStart(4)} articles into ${into}: ${s.wall.toFixed(0)} ms wall, ${s.cpu.toFixed(0)} ms CPU, peak RSS ${s.rss.toFixed(0)} MiB` +
          (name === 'large' || name === 'replaying' ? `; ratio to the empty store ${(s.wall / empty.wall).toFixed(2)}× wall, ${(s.cpu / empty.cpu).toFixed(2)}× CPU` : ''),
      )
    }
    const ratio = summary('large').wall / empty.wall
    console.log(`incremental ingest: ${ratio.toFixed(2)}× the empty-store cost (target ≤ 1.5×: ${ratio <= 1.5 ? 'met' : 'missed'}), medians of ${reps} runs`)
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}

/**
 * Writes a copied store's bytes to disk before a child opens it, as a store an earlier process closed is (SQLite
 * syncs the database when it checkpoints at close). Left dirty in the page cache, the 50 MB copy was written back
 * inside the measured ingest: ext4 flushes it with the journal at the child's first fsync (the new WAL's header),
 * which took ~30 ms of the large store's wall time that no store of that size costs (issue 19).
 */
function flushToDisk(path: string): void {
  const fd = openSync(path, 'r+')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}

/** One measured ingest: warm up on `warm` in memory, then ingest `dir` into `db`; prints { wall, cpu, rss, stored }. */
async function child(db: string, dir: string, warm: string): Promise<void> {
  const scratch = await openSqliteStore(':memory:')
  await ingestDocuments(scratch, readInputs([warm]), () => {}, { workers: 0 })
  await scratch.close()
  const store = await openSqliteStore(db)
  const start = performance.now()
  const cpu = process.cpuUsage()
  const totals = await ingestDocuments(store, readInputs([dir]), () => {}, { workers: 0 })
  const wall = performance.now() - start
  const used = process.cpuUsage(cpu)
  await store.close()
  console.log(JSON.stringify({ wall, cpu: (used.user + used.system) / 1000, rss: process.resourceUsage().maxRSS / 1024, stored: totals.stored }))
}
