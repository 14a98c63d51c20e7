export type * from './store.js'
export { openSqliteStore, type SqliteStoreOptions } from './sqlite/index.js'
export { defaultDbPath } from './default-db-path.js'
export { MIGRATIONS, type Migration } from './migrations/index.js'
