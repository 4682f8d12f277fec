/**
 * SchoolDatabases on real PostgreSQL: typed errors, a second server, leases that survive
 * eviction, waiting for a slot, idle closing, coalesced metadata lookups, idle client errors.
 */
import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import pg from 'pg';
import { applyMigrations } from '@syncad/migrations';
import {
  adminQuery,
  createTestDatabase,
  startEmbeddedPostgres,
  testAdminUrl,
  type EmbeddedServer,
  type TestDatabase,
} from '@syncad/test-support';
import { school, SchoolDatabases, SchoolUnavailableError, UnknownSchoolError, type SchoolPoolLimits } from '../src';
import { createCentralFixture, createEmptyDatabases, type CentralFixture } from './tenantFixture';

let centralFx: CentralFixture;
let empties: Awaited<ReturnType<typeof createEmptyDatabases>>;
/** Schools on the test server, one per empty database. */
const ids: string[] = [];

beforeAll(async () => {
  [centralFx, empties] = await Promise.all([createCentralFixture(), createEmptyDatabases(12, 'sdb_t')]);
  for (const name of empties.names) ids.push(await centralFx.addSchool(name));
});

afterAll(async () => {
  await centralFx?.drop();
  await empties?.drop();
});

const LIMITS: SchoolPoolLimits = {
  maxOpenPools: 10,
  maxTotalConnections: 20,
  maxConnectionsPerPool: 5,
  idleMillis: 60_000,
  acquireTimeoutMillis: 2_000,
  statementTimeoutMillis: 15_000,
};

function schoolDatabases(limits: Partial<SchoolPoolLimits> = {}, servers: Record<string, string> = {}) {
  return new SchoolDatabases({
    central: centralFx.handle.db,
    servers: { default: testAdminUrl(), ...servers },
    limits: { ...LIMITS, ...limits },
  });
}

async function currentDatabase(dbs: SchoolDatabases, id: string): Promise<string> {
  return dbs.withSchool(id, async (db) => (await db.execute<{ db: string }>(sql`SELECT current_database() AS db`)).rows[0].db);
}

async function connectionsTo(databaseName: string): Promise<number> {
  return (await adminQuery(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = '${databaseName}'`)).rows[0].n;
}

describe('errors', () => {
  let dbs: SchoolDatabases;
  beforeAll(() => {
    dbs = schoolDatabases();
  });
  afterAll(() => dbs.close());

  test('an unknown school id is UnknownSchoolError (NOT_FOUND)', async () => {
    const err = await dbs.lease(randomUUID()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UnknownSchoolError);
  });

  test.each(['not-a-uuid', "' OR 1=1 --", `{${randomUUID()}}`, randomUUID().replace(/-/g, ''), ''])(
    'a malformed id %j is UnknownSchoolError, never a PostgreSQL error',
    async (id) => {
      const err = await dbs.lease(id).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(UnknownSchoolError);
    },
  );

  test('a School row whose database does not exist is SchoolUnavailableError naming the school, not a URL', async () => {
    const id = await centralFx.addSchool(`t_sdb_missing_${randomUUID().slice(0, 8)}`);
    const err = await dbs.lease(id).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SchoolUnavailableError);
    const { message } = err as SchoolUnavailableError;
    expect(message).toContain(id);
    expect(message).toMatch(/School "School \d+"/);
    expect(message).not.toMatch(/postgres(ql)?:\/\//);
    expect(message).not.toContain(new URL(testAdminUrl()).host);
    // The failed pool is not kept: a later lease tries again rather than reusing it.
    expect(dbs.stats().openPools).toBe(0);
  });

  test('a School row naming an unconfigured server is SchoolUnavailableError', async () => {
    const id = await centralFx.addSchool(`t_sdb_nowhere_${randomUUID().slice(0, 8)}`, 'no-such-server');
    const err = await dbs.lease(id).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SchoolUnavailableError);
    expect((err as SchoolUnavailableError).message).toContain('"no-such-server" is not configured');
  });
});

describe('two servers', () => {
  let second: EmbeddedServer;
  let onSecond: TestDatabase;
  let onFirst: TestDatabase;

  beforeAll(async () => {
    second = await startEmbeddedPostgres();
    [onSecond, onFirst] = await Promise.all([createTestDatabase('sdb_second', second.adminUrl), createTestDatabase('sdb_first')]);
    await Promise.all([applyMigrations(onSecond.url, 'school'), applyMigrations(onFirst.url, 'school')]);
  }, 30_000);

  afterAll(async () => {
    await onFirst?.drop();
    await onSecond?.drop();
    await second?.stop();
  });

  test('a school whose dbServer is "second" is served by the second server, another by the first', async () => {
    const secondId = await centralFx.addSchool(onSecond.name, 'second');
    const firstId = await centralFx.addSchool(onFirst.name);
    // A marker row that exists only on the second server, written behind SchoolDatabases' back.
    const marker = new pg.Client({ connectionString: onSecond.url });
    await marker.connect();
    await marker.query(`INSERT INTO "Class" ("schoolId", name) VALUES ($1, 'only-on-second')`, [secondId]);
    await marker.end();

    const dbs = schoolDatabases({}, { second: second.adminUrl });
    try {
      const where = async (id: string) =>
        dbs.withSchool(id, async (db, info) => ({
          info,
          port: (await db.execute<{ port: number }>(sql`SELECT inet_server_port() AS port`)).rows[0].port,
          classes: (await db.select({ name: school.Class.name }).from(school.Class).where(eq(school.Class.schoolId, id))).map(
            (c) => c.name,
          ),
        }));
      const [s, f] = await Promise.all([where(secondId), where(firstId)]);
      expect(s.port).toBe(Number(new URL(second.adminUrl).port));
      expect(f.port).not.toBe(s.port);
      expect(s.classes).toEqual(['only-on-second']);
      expect(f.classes).toEqual([]);
      expect(s.info).toEqual({
        id: secondId,
        name: expect.stringMatching(/^School \d+$/),
        subdomain: expect.any(String),
        timezone: 'Asia/Kolkata',
      });
      expect(dbs.stats().openPools).toBe(2);
    } finally {
      await dbs.close();
    }
  });
});

describe('leases and limits', () => {
  test('a leased pool is never evicted while ten other schools cycle through a cap of 10', async () => {
    const dbs = schoolDatabases();
    try {
      const held = await dbs.lease(ids[0]);
      for (const id of ids.slice(1, 11)) await currentDatabase(dbs, id);
      for (const id of ids.slice(1, 11).reverse()) await currentDatabase(dbs, id);
      expect(dbs.stats().evictions).toBeGreaterThan(0);
      const { rows } = await held.db.execute<{ db: string }>(sql`SELECT current_database() AS db`);
      expect(rows[0].db).toBe(empties.names[0]);
      held.release();
    } finally {
      await dbs.close();
    }
  });

  test('when every pool is leased a new school waits, then fails with TENANT_UNAVAILABLE or gets a freed slot', async () => {
    // The wait is also each connection's connect timeout: 300 ms was too short for a connect on a loaded machine.
    const dbs = schoolDatabases({ maxOpenPools: 3, maxTotalConnections: 6, acquireTimeoutMillis: 1_500 });
    try {
      const leases = await Promise.all(ids.slice(0, 3).map((id) => dbs.lease(id)));
      const started = Date.now();
      const err = await dbs.lease(ids[3]).catch((e: unknown) => e);
      const waited = Date.now() - started;
      expect(err).toBeInstanceOf(SchoolUnavailableError);
      expect((err as Error).message).toContain('pools are busy');
      expect(waited).toBeGreaterThanOrEqual(1_450);

      // A lease released while another waits lets the waiter evict that pool.
      const waiting = dbs.lease(ids[3]);
      setTimeout(() => leases[1].release(), 50);
      const fourth = await waiting;
      expect((await fourth.db.execute<{ db: string }>(sql`SELECT current_database() AS db`)).rows[0].db).toBe(empties.names[3]);
      expect(dbs.stats()).toMatchObject({ openPools: 3, leasedPools: 3, evictions: 1 });
      // The still-leased pools kept working.
      for (const [i, lease] of [leases[0], leases[2]].entries()) {
        const { rows } = await lease.db.execute<{ db: string }>(sql`SELECT current_database() AS db`);
        expect(rows[0].db).toBe(empties.names[i * 2]);
      }
      fourth.release();
      leases[0].release();
      leases[2].release();
    } finally {
      await dbs.close();
    }
  });

  test('a pool unused for idleMillis is closed and its connections are gone', async () => {
    const dbs = schoolDatabases({ idleMillis: 150 });
    try {
      expect(await currentDatabase(dbs, ids[5])).toBe(empties.names[5]);
      expect(await connectionsTo(empties.names[5])).toBe(1);
      const deadline = Date.now() + 3_000;
      while (dbs.stats().openPools + dbs.stats().closingPools > 0 && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 25));
      }
      expect(dbs.stats()).toMatchObject({ openPools: 0, closingPools: 0, totalConnections: 0 });
      expect(await connectionsTo(empties.names[5])).toBe(0);
      // And it reopens on demand.
      expect(await currentDatabase(dbs, ids[5])).toBe(empties.names[5]);
    } finally {
      await dbs.close();
    }
  });

  test('concurrent lookups of one school make one central query, later ones hit the cache', async () => {
    const dbs = schoolDatabases();
    let centralQueries = 0;
    const count = () => centralQueries++;
    centralFx.handle.pool.on('acquire', count);
    try {
      const seen = await Promise.all(Array.from({ length: 10 }, () => currentDatabase(dbs, ids[6])));
      expect(seen).toEqual(Array(10).fill(empties.names[6]));
      expect(centralQueries).toBe(1);
      await currentDatabase(dbs, ids[6].toUpperCase());
      expect(centralQueries).toBe(1);
      expect(dbs.stats().openPools).toBe(1);
    } finally {
      centralFx.handle.pool.off('acquire', count);
      await dbs.close();
    }
  });

  test("an idle client's connection killed by the server does not crash the process", async () => {
    const dbs = schoolDatabases();
    try {
      expect(await currentDatabase(dbs, ids[7])).toBe(empties.names[7]);
      const killed = await adminQuery(
        `SELECT count(*)::int AS n FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${empties.names[7]}') t`,
      );
      expect(killed.rows[0].n).toBe(1);
      await new Promise((r) => setTimeout(r, 100));
      expect(await currentDatabase(dbs, ids[7])).toBe(empties.names[7]);
    } finally {
      await dbs.close();
    }
  });
});
