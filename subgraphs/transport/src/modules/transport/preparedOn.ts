/**
 * Prepared statements for the hot reads (a manifest, a day's trips): Drizzle builds each one's SQL
 * once per school database client instead of on every request, and PostgreSQL parses it once per
 * connection (a named statement). Only for reads outside transactions, on the request's `db`.
 */
import type { SchoolDb } from '@syncad/shared-db';

const prepared = new WeakMap<object, Map<string, unknown>>();

/** The statement `name` prepared on `db`, built by `build` the first time. */
export function preparedOn<T>(db: SchoolDb, name: string, build: (name: string) => T): T {
  let statements = prepared.get(db);
  if (!statements) {
    statements = new Map();
    prepared.set(db, statements);
  }
  let statement = statements.get(name) as T | undefined;
  if (statement === undefined) {
    statement = build(`transport_${name}`);
    statements.set(name, statement);
  }
  return statement;
}
