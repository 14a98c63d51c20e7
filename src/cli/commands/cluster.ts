import type { Command } from 'commander'

export function register(program: Command): void {
  program
    .command('cluster')
    .description('Group inputs into stories without a database, as ingest would store them: one line per input')
    .argument('<input...>', 'inputs to read (files, directories, URLs, feeds, WARC, JSON Lines)')
    .option('--jsonl', 'one JSON object per line: { "source": ..., "story": ... }')
    .option('--outlet <name>', 'outlet name for every input')
    .action(async (inputs: string[], opts: { jsonl?: boolean; outlet?: string }) => {
      const [{ clusterDocuments }, { readInputs }] = await Promise.all([import('../../corpus/index.js'), import('../../ingest/index.js')])
      const rows = await clusterDocuments(readInputs(inputs, opts.outlet ? { outlet: opts.outlet } : {}))
      for (const row of rows) {
        if (opts.jsonl) process.stdout.write(`${JSON.stringify(row)}\n`)
        else process.stdout.write(`${(row.story ?? '(skipped)').padEnd(10)} ${row.source}\n`)
      }
      if (rows.every((r) => r.story === null)) process.exitCode = 1
    })
}
