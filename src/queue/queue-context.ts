import pg from 'pg'
import PgBoss from 'pg-boss'
import { AppError } from '../model/index.js'
import { describeDatabaseUrl, migrate, openPostgresStore, type PostgresStore } from '../store/postgres/index.js'
import { QUEUE_ORDER, QUEUES } from './job-names.js'
import { QUEUE_MIGRATIONS } from './queue-migrations.js'

export interface QueueSettings {
  /** pg-boss's schema. Default $PARALLAX_QUEUE_SCHEMA or "pgboss". */
  readonly bossSchema?: string
  /**
   * A running job's lease: its worker renews it every lease / 5 (holdJobLease), and a job not renewed for this
   * long is taken for dead (its worker was killed) and retried. Default $PARALLAX_JOB_EXPIRE_S or 6 s: longer
   * than any stretch a job keeps the event loop busy without a database round trip (25 HTML pages, about 1 s;
   * a grouping batch yields on every query), short enough that a killed worker's job is taken over in seconds.
   */
  readonly expireInSeconds?: number
  /** How often pg-boss looks for expired jobs. Default $PARALLAX_QUEUE_MAINTENANCE_S or 1 s. */
  readonly maintenanceIntervalSeconds?: number
}

/** 5 retries with exponential backoff from 2 s (2, 4, 8, 16, 32 s): rides out a database restart of about a minute. */
const RETRY = { retryLimit: 5, retryDelay: 2, retryBackoff: true } as const

/** What workers and `parallax jobs` share: pg-boss, a pool for the queue tables, and the PostgreSQL store. */
export interface QueueContext {
  readonly boss: PgBoss
  readonly pool: pg.Pool
  readonly store: PostgresStore
  readonly bossSchema: string
  /** A running job's lease and how often its worker renews it (see QueueSettings.expireInSeconds). */
  readonly leaseSeconds: number
  readonly renewEverySeconds: number
  close(): Promise<void>
}

/**
 * Connects to the queue in the database at `url`: creates (once, under lock) the store's and the queue's
 * tables and pg-boss's schema and queues. Failures throw AppError 'store_unavailable'.
 */
export async function openQueue(url: string, settings: QueueSettings = {}): Promise<QueueContext> {
  const where = describeDatabaseUrl(url)
  // Grouping waits for `parallax ingest` runs on the same database rather than failing after 5 s.
  const store = await openPostgresStore(url, { busyTimeoutMs: 60_000 })
  const pool = new pg.Pool({ connectionString: url, max: 4 })
  pool.on('error', () => {})
  const bossSchema = settings.bossSchema ?? envString('PARALLAX_QUEUE_SCHEMA') ?? 'pgboss'
  const expireInSeconds = settings.expireInSeconds ?? envNumber('PARALLAX_JOB_EXPIRE_S') ?? 6
  const boss = new PgBoss({
    connectionString: url,
    schema: bossSchema,
    max: 4,
    // Expiry is only noticed by maintenance: it must run about as often as a lease is renewed.
    maintenanceIntervalSeconds: settings.maintenanceIntervalSeconds ?? envNumber('PARALLAX_QUEUE_MAINTENANCE_S') ?? 1,
  })
  boss.on('error', () => {})
  try {
    const client = await pool.connect()
    try {
      await migrate(client, 'queue_migrations', QUEUE_MIGRATIONS, where)
    } finally {
      client.release()
    }
    await boss.start()
    for (const name of QUEUE_ORDER) {
      // 'short' for grouping: at most one grouping job waits at a time; more would only find nothing to do.
      const policy = name === QUEUES.group ? 'short' : 'standard'
      await boss.createQueue(name, { name, policy, ...RETRY, expireInSeconds })
      await boss.updateQueue(name, { name, policy, ...RETRY, expireInSeconds })
    }
  } catch (error) {
    await Promise.allSettled([boss.stop({ graceful: false, wait: false }), pool.end(), store.close()])
    throw error instanceof AppError ? error : new AppError('store_unavailable', `job queue at ${where}: ${(error as Error).message}`, { cause: error })
  }
  return {
    boss,
    pool,
    store,
    bossSchema,
    leaseSeconds: expireInSeconds,
    renewEverySeconds: Math.max(0.5, expireInSeconds / 5),
    close: async () => {
      await boss.stop({ graceful: false, wait: true })
      await Promise.allSettled([pool.end(), store.close()])
    },
  }
}

function envString(name: string): string | undefined {
  const value = process.env[name]
  return value === undefined || value === '' ? undefined : value
}

function envNumber(name: string): number | undefined {
  const value = Number(process.env[name])
  return Number.isFinite(value) && value > 0 ? value : undefined
}
