/**
 * Keyset paging in SQL: a page continues after the last row's sort values (sealed in its cursor),
 * so pages stay stable while rows are added and cost the same however deep they go.
 */
import { and, or, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { connection, pageRequest, type Connection } from './connection';
import type { CursorPosition, Cursors } from './cursors';

export interface SortKey {
  /** A column or an expression; the last key must be unique (the id) so the order is total. */
  by: AnyColumn | SQL;
  descending?: boolean;
}

/** Timestamps sort by milliseconds, the precision a JS Date (and so a cursor) keeps. */
export function toMilliseconds(column: AnyColumn): SQL {
  return sql`date_trunc('milliseconds', ${column})`;
}

export function keysetOrder(keys: readonly SortKey[]): SQL[] {
  return keys.map((k) => (k.descending ? sql`${k.by} DESC` : sql`${k.by} ASC`));
}

/** Rows strictly after `position` in the order of `keys`; undefined (no condition) for the first page. */
export function keysetAfter(keys: readonly SortKey[], position: CursorPosition | null): SQL | undefined {
  if (position === null) return undefined;
  if (position.length !== keys.length) return sql`false`;
  const after = (i: number): SQL => {
    const { by, descending } = keys[i];
    const beyond = descending ? sql`${by} < ${position[i]}` : sql`${by} > ${position[i]}`;
    return i === keys.length - 1 ? beyond : (or(beyond, and(sql`${by} = ${position[i]}`, after(i + 1))) as SQL);
  };
  return after(0);
}

/** What a data function needs to fetch one keyset page: its condition, order and row limit (one more than the page). */
export interface KeysetSlice {
  after: SQL | undefined;
  order: SQL[];
  limit: number;
}

/**
 * One page of a root list paged in SQL: `fetch` reads the slice, `count` the total with the same
 * filters (both run side by side), `positionOf` gives a row's values of `keys`.
 */
export async function keysetConnection<T>(
  cursors: Cursors,
  list: string,
  args: { first?: number | null; after?: string | null },
  keys: readonly SortKey[],
  fetch: (slice: KeysetSlice) => Promise<T[]>,
  count: () => Promise<number>,
  positionOf: (row: T) => CursorPosition,
): Promise<Connection<T>> {
  const page = pageRequest(cursors, list, args);
  const [rows, total] = await Promise.all([
    fetch({ after: keysetAfter(keys, page.after), order: keysetOrder(keys), limit: page.size + 1 }),
    count(),
  ]);
  return connection(cursors, list, page, rows, total, positionOf);
}
