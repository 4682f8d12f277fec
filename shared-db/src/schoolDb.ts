/** A Drizzle client over one school's database. */
import {
  createTableRelationsHelpers,
  extractTablesRelationalConfig,
  type ExtractTablesWithRelations,
  type RelationalSchemaConfig,
} from 'drizzle-orm';
import { NodePgDatabase, NodePgSession } from 'drizzle-orm/node-postgres';
import { PgDialect } from 'drizzle-orm/pg-core';
import type pg from 'pg';
import * as schoolSchema from './schema/school';

export type SchoolDb = NodePgDatabase<typeof schoolSchema>;

// drizzle(pool, { schema }) derives the relational config of every school table on each call
// (1.1 ms measured), and a process opens a pool for each school it serves in turn: derived once
// here, then each client is built as drizzle() builds it (drizzle-orm/node-postgres/driver.js).
const tables = extractTablesRelationalConfig(schoolSchema, createTableRelationsHelpers);
// The derived tables are the schema's own, typed as Drizzle's drizzle() types them.
type SchoolRelations = RelationalSchemaConfig<ExtractTablesWithRelations<typeof schoolSchema>>;
const relational = { fullSchema: schoolSchema, schema: tables.tables, tableNamesMap: tables.tableNamesMap } as unknown as SchoolRelations;
const dialect = new PgDialect();

export function schoolDbOver(pool: pg.Pool): SchoolDb {
  const db = new NodePgDatabase(dialect, new NodePgSession(pool, dialect, relational, {}), relational) as SchoolDb;
  (db as unknown as { $client: pg.Pool }).$client = pool;
  return db;
}
