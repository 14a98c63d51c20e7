import type PgBoss from 'pg-boss'
import type { Queryable } from '../store/postgres/index.js'

/**
 * pg-boss's hook for running its SQL on our connection: a job sent this way is created in the same
 * transaction as the rows it works on, so a crash can never leave rows without their job or a job without
 * its rows.
 */
export function inTransaction(sql: Queryable): PgBoss.ConnectionOptions {
  return { db: { executeSql: (text: string, values: unknown[]) => sql.query(text, values) } }
}
