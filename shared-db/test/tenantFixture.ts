/** Test fixtures for SchoolDatabases: a migrated central database and many school databases. */
import { randomUUID } from 'node:crypto';
import { applyMigrations } from '@syncad/migrations';
import { adminQuery, createTestDatabase, dropDatabase, testAdminUrl, uniqueDatabaseName } from '@syncad/test-support';
import { central, createCentralDb, type CentralDbHandle } from '../src';

export interface CentralFixture {
  handle: CentralDbHandle;
  /** Registers a School row and returns its id. */
  addSchool(databaseName: string, dbServer?: string): Promise<string>;
  drop(): Promise<void>;
}

export async function createCentralFixture(): Promise<CentralFixture> {
  const database = await createTestDatabase('sdb_central');
  await applyMigrations(database.url, 'central');
  const handle = createCentralDb(database.url, 4);
  let n = 0;
  return {
    handle,
    async addSchool(databaseName, dbServer = 'default') {
      const id = randomUUID();
      n++;
      await handle.db.insert(central.School).values({ id, name: `School ${n}`, subdomain: `school-${n}`, databaseName, dbServer });
      return id;
    },
    async drop() {
      await handle.close();
      await database.drop();
    },
  };
}

/** Runs `task` over `items` with at most `width` in flight. */
export async function inBatches<T, R>(items: T[], width: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
  return results;
}

/**
 * `count` empty databases on the test server, copied from one template (cheaper than
 * template1 when many are made at once). Returns their names and a function dropping them all.
 */
export async function createEmptyDatabases(count: number, prefix: string) {
  const template = uniqueDatabaseName(`${prefix}_tpl`);
  await adminQuery(`CREATE DATABASE "${template}"`);
  const names = Array.from({ length: count }, (_, i) => uniqueDatabaseName(`${prefix}${i}`));
  await inBatches(names, 8, (name) => adminQuery(`CREATE DATABASE "${name}" TEMPLATE "${template}"`));
  return {
    names,
    drop: async () => {
      await inBatches([...names, template], 8, (name) => dropDatabase(name, testAdminUrl()));
    },
  };
}
