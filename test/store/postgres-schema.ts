// Test helper: a fresh, empty PostgreSQL schema per store, so tests share one throwaway cluster without seeing
// each other's rows. The returned URL sets search_path through the `options` connection parameter.
import pg from 'pg'

/** DATABASE_URL when it names PostgreSQL, else null: PostgreSQL tests skip with a message. */
export const DATABASE_URL = /^postgres(ql)?:\/\//i.test(process.env['DATABASE_URL'] ?? '') ? (process.env['DATABASE_URL'] as string) : null

export const SKIP_MESSAGE = 'PostgreSQL tests skipped: DATABASE_URL is not set (start one with: export DATABASE_URL="$(scripts/pg-test-cluster.sh start)")'

let counter = 0
const created: string[] = []

/** Creates schema `t_<pid>_<n>_<tag>` and returns a URL whose connections use it. */
export async function freshSchemaUrl(base: string, tag: string): Promise<string> {
  const schema = `t_${process.pid}_${counter++}_${tag}`.toLowerCase().replace(/[^a-z0-9_]/g, '_')
  const client = new pg.Client({ connectionString: base })
  await client.connect()
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)
    await client.query(`CREATE SCHEMA ${schema}`)
  } finally {
    await client.end()
  }
  created.push(schema)
  const url = new URL(base)
  url.searchParams.set('options', `-c search_path=${schema}`)
  return url.toString()
}

/** The schema a URL from {@link freshSchemaUrl} uses; pg-boss goes in `<schema>_boss` beside it. */
export function schemaOf(url: string): string {
  return new URL(url).searchParams.get('options')?.split('=')[1] ?? 'public'
}

/** Drops every schema this test file created (and their `_boss` twins), so a long-lived dev database stays clean. */
export async function dropCreatedSchemas(base: string): Promise<void> {
  const client = new pg.Client({ connectionString: base })
  await client.connect()
  try {
    for (const schema of created.splice(0)) await client.query(`DROP SCHEMA IF EXISTS ${schema}, ${schema}_boss CASCADE`)
  } finally {
    await client.end()
  }
}
