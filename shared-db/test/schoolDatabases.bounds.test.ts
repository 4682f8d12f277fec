/**
 * 50 school databases behind caps of 10 pools and 20 connections: the caps hold on our side
 * (stats) and on the server's (pg_stat_activity), and every query reaches its own school.
 */
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { adminQuery, testAdminUrl } from '@syncad/test-support';
import { SchoolDatabases } from '../src';
import { createCentralFixture, createEmptyDatabases, inBatches, type CentralFixture } from './tenantFixture';

const SCHOOLS = 50;
let centralFx: CentralFixture;
let databases: Awaited<ReturnType<typeof createEmptyDatabases>>;
const schools: { id: string; databaseName: string }[] = [];

beforeAll(async () => {
  [centralFx, databases] = await Promise.all([createCentralFixture(), createEmptyDatabases(SCHOOLS, 'sdb_b')]);
  for (const databaseName of databases.names) schools.push({ id: await centralFx.addSchool(databaseName), databaseName });
});

afterAll(async () => {
  await centralFx?.drop();
  await databases?.drop();
});

/** Samples pg_stat_activity for the school databases until stopped; keeps the maximum. */
function sampleServerConnections(names: string[]) {
  const client = new pg.Client({ connectionString: testAdminUrl() });
  let stopped = false;
  let max = 0;
  let samples = 0;
  const done = (async () => {
    await client.connect();
    while (!stopped) {
      const { rows } = await client.query('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = ANY($1)', [names]);
      max = Math.max(max, rows[0].n);
      samples++;
    }
    await client.end();
  })();
  return {
    stop: async () => {
      stopped = true;
      await done;
      return { max, samples };
    },
  };
}

test('touching 50 schools never opens more than 10 pools or 20 connections, and each query reaches its school', async () => {
  const dbs = new SchoolDatabases({
    central: centralFx.handle.db,
    servers: { default: testAdminUrl() },
    limits: {
      maxOpenPools: 10,
      maxTotalConnections: 20,
      maxConnectionsPerPool: 5,
      idleMillis: 60_000,
      acquireTimeoutMillis: 10_000,
      statementTimeoutMillis: 15_000,
    },
  });
  const sampler = sampleServerConnections(databases.names);
  let maxPools = 0;
  let maxOpen = 0;
  let maxConnections = 0;
  const watch = setInterval(() => {
    const s = dbs.stats();
    maxPools = Math.max(maxPools, s.openPools + s.closingPools);
    maxOpen = Math.max(maxOpen, s.openPools);
    maxConnections = Math.max(maxConnections, s.totalConnections);
  }, 1);
  const wrong: string[] = [];
  let queries = 0;
  const started = Date.now();
  try {
    // Two passes in opposite orders, 15 schools at a time (more than the pool cap, so leases
    // wait for evictions), three concurrent queries per school (more than a pool's 2 connections).
    const order = [...schools, ...[...schools].reverse()];
    await inBatches(order, 15, async (school) => {
      const lease = await dbs.lease(school.id);
      try {
        const results = await Promise.all(
          [1, 2, 3].map(() => lease.db.execute<{ db: string }>(sql`SELECT current_database() AS db, pg_sleep(0.01)`)),
        );
        for (const r of results) {
          queries++;
          if (r.rows[0].db !== school.databaseName) wrong.push(`${school.databaseName} got ${r.rows[0].db}`);
        }
      } finally {
        lease.release();
      }
    });
  } finally {
    clearInterval(watch);
  }
  const elapsed = Date.now() - started;
  const server = await sampler.stop();
  const final = dbs.stats();
  await dbs.close();
  const afterClose = await adminQuery(
    `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname IN (${databases.names.map((n) => `'${n}'`).join(',')})`,
  );

  console.log(
    `bounds: ${queries} queries in ${elapsed} ms, max pools ${maxPools}, max connections (stats) ${maxConnections}, ` +
      `max connections (pg_stat_activity, ${server.samples} samples) ${server.max}, evictions ${final.evictions}`,
  );
  expect(wrong).toEqual([]);
  expect(queries).toBe(SCHOOLS * 2 * 3);
  expect(maxPools).toBeLessThanOrEqual(10);
  expect(maxOpen).toBe(10);
  expect(maxConnections).toBeLessThanOrEqual(20);
  expect(server.samples).toBeGreaterThan(10);
  expect(server.max).toBeGreaterThan(0);
  expect(server.max).toBeLessThanOrEqual(20);
  expect(final.maxConnectionsPerPool).toBe(2);
  expect(final.evictions).toBeGreaterThanOrEqual(SCHOOLS - 10);
  // close() resolves only after every socket closed.
  expect(afterClose.rows[0].n).toBe(0);
});
