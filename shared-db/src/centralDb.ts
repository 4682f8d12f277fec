/** The central database client: one pool per process. */
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import * as centralSchema from './schema/central';

export type CentralDb = NodePgDatabase<typeof centralSchema>;

export interface CentralDbHandle {
  db: CentralDb;
  pool: pg.Pool;
  close(): Promise<void>;
}

/** `applicationName` names the service in pg_stat_activity (and lets tests tell services' statements apart). */
export function createCentralDb(
  url: string,
  maxConnections = 10,
  applicationName = 'syncad',
  acquireTimeoutMillis = 3_000,
): CentralDbHandle {
  // A server that gives no connection (down, hung, saturated) fails a request within the wait instead of
  // holding it (3 s by default, see DEFAULT_CENTRAL_POOL).
  const pool = new pg.Pool({
    connectionString: url,
    max: maxConnections,
    application_name: applicationName,
    connectionTimeoutMillis: acquireTimeoutMillis,
  });
  // A client's error (server restart, terminated backend) must not crash the process, idle or
  // checked out: the query that meets the dead connection fails, and the next one reconnects.
  pool.on('error', () => {});
  pool.on('connect', (client) => client.on('error', () => {}));
  return { db: drizzle(pool, { schema: centralSchema }), pool, close: () => pool.end() };
}
