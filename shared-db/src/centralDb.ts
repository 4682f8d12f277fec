/** The central database client: one pool per process. */
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import * as centralSchema from './schema/centralIndex';

export type CentralDb = NodePgDatabase<typeof centralSchema>;

export interface CentralDbHandle {
  db: CentralDb;
  pool: pg.Pool;
  close(): Promise<void>;
}

export function createCentralDb(url: string, maxConnections = 10): CentralDbHandle {
  const pool = new pg.Pool({ connectionString: url, max: maxConnections });
  // A client's error (server restart, terminated backend) must not crash the process, idle or
  // checked out: the query that meets the dead connection fails, and the next one reconnects.
  pool.on('error', () => {});
  pool.on('connect', (client) => client.on('error', () => {}));
  return { db: drizzle(pool, { schema: centralSchema }), pool, close: () => pool.end() };
}
