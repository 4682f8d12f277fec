/**
 * Prepared statements for hot reads (a roster, a manifest, balances, ranked results): the SQL is
 * built once per school database client instead of on every request, and PostgreSQL parses it
 * once per connection (a named statement) instead of on every execution. Only for reads outside
 * transactions, on the request's `db`; every name must stand for one SQL text.
 */
import type { CentralDb, SchoolDb } from '@syncad/shared-db';
import pg from 'pg';

/** A database client over its pool (a school's or the central one), never a transaction's. */
export type PooledDb = SchoolDb | CentralDb;

const prepared = new WeakMap<object, Map<string, unknown>>();

/**
 * What statements are kept by: the database client's pool. A request's `db` is a new object over
 * the school's client (forRequest), so keyed by it every statement was built anew on every
 * request (Drizzle's query builder: ~0.3 ms of a manifest's CPU).
 */
function ownerOf(db: PooledDb): object {
  // Drizzle's node-postgres client keeps its pool as `$client` (absent from the SchoolDb type).
  return (db as unknown as { $client?: pg.Pool }).$client ?? db;
}

/** The statement `name` prepared on `db`'s client, built by `build` (a Drizzle query's `.prepare(name)`) the first time. */
export function preparedOn<T>(db: SchoolDb, name: string, build: (name: string) => T): T {
  const owner = ownerOf(db);
  let statements = prepared.get(owner);
  if (!statements) {
    statements = new Map();
    prepared.set(owner, statements);
  }
  let statement = statements.get(name) as T | undefined;
  if (statement === undefined) {
    statement = build(name);
    statements.set(name, statement);
  }
  return statement;
}

/** A statement's SQL as run on a school database: its text, and its parameters (Drizzle's, placeholders included; null for plain SQL, whose values are positional). */
export interface StatementText {
  text: string;
  params: unknown[] | null;
}

/** Plain-SQL statements run on each client, by name (their texts, for statementTexts). */
const plainTexts = new WeakMap<object, Map<string, string>>();

/**
 * The SQL of every named statement run on `db` so far (prepared through Drizzle or plain), by
 * name: a benchmark runs a subgraph's hot reads on its own client, then replays the same texts
 * with pg, so the two cannot drift.
 */
export function statementTexts(db: SchoolDb): ReadonlyMap<string, StatementText> {
  const texts = new Map<string, StatementText>();
  for (const [name, statement] of prepared.get(ownerOf(db)) ?? []) {
    const query = (statement as { getQuery?(): { sql: string; params: unknown[] } }).getQuery?.();
    if (query) texts.set(name, { text: query.sql, params: query.params });
  }
  for (const [name, text] of plainTexts.get(ownerOf(db)) ?? []) texts.set(name, { text, params: null });
  return texts;
}

// Dates and timestamps stay text, as Drizzle's own reads return them (pg would make Date objects).
const KEPT_AS_TEXT = new Set<number>([
  pg.types.builtins.DATE,
  pg.types.builtins.TIMESTAMP,
  pg.types.builtins.TIMESTAMPTZ,
  pg.types.builtins.INTERVAL,
]);
const types = {
  getTypeParser: (oid: number, format?: string) =>
    KEPT_AS_TEXT.has(oid) ? (value: string) => value : pg.types.getTypeParser(oid, format as any),
};

/**
 * A plain-SQL read as a named statement, for SQL Drizzle's builder cannot prepare (window
 * functions, lateral joins): rows exactly as `db.execute` would return them.
 */
export async function namedQuery<R>(db: PooledDb, name: string, text: string, values: unknown[]): Promise<R[]> {
  return (await runNamed(db, { name, text, values, types } as pg.QueryConfig)).rows as R[];
}

/** The same, each row an array of its columns in SELECT order (for joins read with tableReader). */
export async function namedQueryOfArrays(db: PooledDb, name: string, text: string, values: unknown[]): Promise<unknown[][]> {
  return (await runNamed(db, { name, text, values, types, rowMode: 'array' } as pg.QueryConfig)).rows as unknown[][];
}

function runNamed(db: PooledDb, query: pg.QueryConfig): Promise<pg.QueryResult> {
  const owner = ownerOf(db);
  let texts = plainTexts.get(owner);
  if (!texts) plainTexts.set(owner, (texts = new Map()));
  if (!texts.has(query.name!)) texts.set(query.name!, query.text);
  return (db as unknown as { $client: pg.Pool }).$client.query(query);
}
