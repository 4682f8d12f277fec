/**
 * DataLoader factories every subgraph uses, built once per request: N lookups in a request become
 * one SQL statement. Malformed ids never reach SQL.
 */
import { isUuid } from '@syncad/shared-db';
import DataLoader from 'dataloader';

/** Rows by their `id`; unknown or malformed ids load as null (never a database error). */
export function loaderById<T extends { id: string }>(fetch: (ids: string[]) => Promise<T[]>): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (keys) => {
    // uuids are case-insensitive; PostgreSQL answers in lower case.
    const valid = [...new Set(keys.filter(isUuid).map((k) => k.toLowerCase()))];
    const rows = valid.length > 0 ? await fetch(valid) : [];
    const found = new Map(rows.map((r) => [r.id, r]));
    return keys.map((k) => (isUuid(k) ? (found.get(k.toLowerCase()) ?? null) : null));
  });
}

/** One value per key, from rows naming their key (`keyOf`); keys without a row load as `missing`. */
export function loaderByKey<T, V = T | null>(
  fetch: (keys: string[]) => Promise<T[]>,
  keyOf: (row: T) => string,
  missing: (key: string) => V = () => null as V,
  valueOf: (row: T, key: string) => V = (row) => row as unknown as V,
): DataLoader<string, V> {
  return new DataLoader<string, V>(async (keys) => {
    const rows = await fetch([...new Set(keys)]);
    const found = new Map(rows.map((r) => [keyOf(r), r]));
    return keys.map((k) => {
      const row = found.get(k);
      return row === undefined ? missing(k) : valueOf(row, k);
    });
  });
}

/** Every row whose foreign key `keyOf(row)` is the key, in the order the query returned them. */
export function loaderOfGroups<T>(fetch: (keys: string[]) => Promise<T[]>, keyOf: (row: T) => string): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (keys) => {
    const groups = new Map<string, T[]>();
    for (const row of await fetch([...new Set(keys)])) {
      const k = keyOf(row);
      const group = groups.get(k);
      if (group) group.push(row);
      else groups.set(k, [row]);
    }
    return keys.map((k) => groups.get(k) ?? []);
  });
}

/** One loader per argument value (e.g. per day), made on first use. */
export function perArgument<L>(make: (arg: string) => L): (arg: string) => L {
  const made = new Map<string, L>();
  return (arg) => {
    let loader = made.get(arg);
    if (!loader) {
      loader = make(arg);
      made.set(arg, loader);
    }
    return loader;
  };
}
