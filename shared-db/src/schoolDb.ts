/** A Drizzle client over one school's database. */
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import type pg from 'pg';
import * as schoolSchema from './schema/school';

export type SchoolDb = NodePgDatabase<typeof schoolSchema>;

export function schoolDbOver(pool: pg.Pool): SchoolDb {
  return drizzle(pool, { schema: schoolSchema });
}
