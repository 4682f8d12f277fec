/**
 * Reads a table's columns out of an array row (`rowMode: 'array'`) into the object Drizzle's
 * `select()` would give, for plain-SQL hot reads that join several tables. Drizzle's own
 * mapResultRow does generic work per field (entity checks, path walks, a reduce) that showed in
 * the academics subgraph's CPU profile; for a 300-student roster its mapping cost ~1.7 ms of a
 * ~10.7 ms read against the same statement with plain pg (measured on the loaded 2-core machine).
 */
import { Column, getTableColumns, getTableName, type InferSelectModel, type Table } from 'drizzle-orm';
import { namedQueryOfArrays, type PooledDb } from './prepared';

export interface TableReader<T> {
  /** The columns read, by key, in the order `read` expects. */
  keys: readonly string[];
  /** The table's columns for a SELECT list, qualified by `alias`, in the order `read` expects. */
  selectList(alias: string): string;
  /** How many array cells the table takes. */
  width: number;
  /** The row at cells [at, at + width), or null when its first column (the key) is null: no row joined. */
  read(row: readonly unknown[], at: number): T | null;
}

/** Every column of `table` but those in `omit` (a hot read's unused columns: less to send, parse and map). */
export function tableReader<TTable extends Table, O extends keyof InferSelectModel<TTable> = never>(
  table: TTable,
  omit: readonly O[] = [],
): TableReader<Omit<InferSelectModel<TTable>, O>> {
  const columns = Object.entries(getTableColumns(table)).filter(([key]) => !(omit as readonly string[]).includes(key));
  const keys = columns.map(([key]) => key);
  // Most columns keep pg's value as it is (Column's own mapFromDriverValue): no call for those.
  const decoders = columns.map(([, column]) => (column.mapFromDriverValue === Column.prototype.mapFromDriverValue ? null : column));
  const width = columns.length;
  return {
    keys,
    width,
    selectList: (alias) => columns.map(([, column]) => `${alias}."${column.name}"`).join(', '),
    read(row, at) {
      if (row[at] === null) return null;
      const out: Record<string, unknown> = {};
      for (let i = 0; i < width; i++) {
        const value = row[at + i];
        const decoder = decoders[i];
        out[keys[i]] = value === null || decoder === null ? value : decoder.mapFromDriverValue(value);
      }
      return out as Omit<InferSelectModel<TTable>, O>;
    },
  };
}

/**
 * Rows of `table` by id as one named statement whatever the count (`id = ANY($1)`), read with
 * tableReader: a loader's batch without Drizzle building its SQL (a placeholder per id, so a new
 * text for PostgreSQL to parse at every count) and mapping its rows on every request.
 */
export function rowsByIds<TTable extends Table, O extends keyof InferSelectModel<TTable> = never>(
  statementName: string,
  table: TTable,
  omit: readonly O[] = [],
): (db: PooledDb, ids: readonly string[]) => Promise<Array<Omit<InferSelectModel<TTable>, O>>> {
  const reader = tableReader(table, omit);
  const text = `SELECT ${reader.selectList('t')} FROM "${getTableName(table)}" t WHERE t.id = ANY($1::uuid[])`;
  return async (db, ids) => {
    const rows = await namedQueryOfArrays(db, statementName, text, [[...ids]]);
    return rows.map((row) => reader.read(row, 0)!);
  };
}
