import type { Command } from 'commander'
import { readInputs } from '../../ingest/index.js'
import { groupStories, type GroupInput } from '../../pipeline/cluster/index.js'
import { prepareDocument } from '../../corpus/index.js'

export function register(program: Command): void {
  program
    .command('cluster')
    .description('Group inputs into stories without a database: one line per input')
    .argument('<input...>', 'inputs to read (files, directories, URLs, feeds, WARC, JSON Lines)')
    .option('--jsonl', 'one JSON object per line: { "source": ..., "story": ... }')
    .option('--outlet <name>', 'outlet name for every input')
    .action(async (inputs: string[], opts: { jsonl?: boolean; outlet?: string }) => {
      const rows: { source: string; doc: GroupInput | null; reason?: string }[] = []
      for await (const item of readInputs(inputs, opts.outlet ? { outlet: opts.outlet } : {})) {
        const prepared = 'kind' in item ? item : prepareDocument(item)
        if ('kind' in prepared) {
          process.stderr.write(`parallax: skipped ${prepared.source}: ${prepared.message}\n`)
          rows.push({ source: prepared.source, doc: null, reason: prepared.reason })
          continue
        }
        const id = String(rows.length)
        const publishedAt = prepared.publishedAt === null ? {} : { publishedAt: prepared.publishedAt }
        rows.push({ source: prepared.raw.source, doc: { id, title: prepared.title, text: prepared.text, language: prepared.language, ...publishedAt } })
      }
      const docs = rows.flatMap((r) => (r.doc === null ? [] : [r.doc]))
      const storyOf = new Map(groupStories(docs).map((a) => [a.articleId, a.storyId]))
      // Stories are numbered in order of first appearance in the input: stable, readable ids for a one-shot run.
      const names = new Map<string, string>()
      for (const row of rows) {
        const raw = row.doc === null ? undefined : storyOf.get(row.doc.id)
        let story: string | null = null
        if (raw !== undefined) {
          story = names.get(raw) ?? `story-${names.size + 1}`
          names.set(raw, story)
        }
        if (opts.jsonl) process.stdout.write(`${JSON.stringify(story === null ? { source: row.source, story, skipped: row.reason } : { source: row.source, story })}\n`)
        else process.stdout.write(`${(story ?? '(skipped)').padEnd(10)} ${row.source}\n`)
      }
      if (docs.length === 0) process.exitCode = 1
    })
}
