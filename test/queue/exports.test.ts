import { expect, test } from 'vitest'
import * as queue from '../../src/queue/index.js'
import * as postgres from '../../src/store/postgres/index.js'

// The public surface of the queue and the PostgreSQL store: a change here is deliberate.
test('src/queue exports', () => {
  expect(Object.keys(queue).sort()).toEqual(['QUEUES', 'enqueueInputs', 'openQueue', 'prepareItem', 'queueStatus', 'retryFailedJobs', 'runWorker'])
})

test('src/store/postgres exports', () => {
  expect(Object.keys(postgres).sort()).toEqual(['describeDatabaseUrl', 'migrate', 'openConfiguredStore', 'openPostgresStore', 'postgresUrl'])
})
