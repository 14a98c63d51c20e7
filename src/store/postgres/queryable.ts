import type { QueryResult, QueryResultRow } from 'pg'

/** What the queries need of a pg Pool or a checked-out PoolClient (inside a transaction). */
export interface Queryable {
  query<R extends QueryResultRow>(text: string, values?: unknown[]): Promise<QueryResult<R>>
}
