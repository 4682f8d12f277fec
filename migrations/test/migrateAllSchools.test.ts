import os from 'node:os';
/**
 * The school fan-out over a real estate: a central database listing 20 schools, one of whose
 * databases is gone. The 19 others migrate, the broken one is reported by name, and the
 * `migrate` CLI exits non-zero for that estate. A school where a migration fails midway, or
 * whose server is not configured, is reported the same way.
 */
import { central, createCentralDb, DEFAULT_SERVER } from '@syncad/shared-db';
import { adminQuery, createTestDatabase, databaseUrl, testAdminUrl, type TestDatabase } from '@syncad/test-support';
import pg from 'pg';
import { applyMigrations, JOURNAL_TABLE, migrateAllSchools, readMigrations } from '../src';
import { dropDatabasesWithPrefix, runCli } from './helpers';

const tags = readMigrations('school').map((m) => m.tag);
const centrals: TestDatabase[] = [];

/** A migrated central database listing schools `s01..` whose databases are `<central>_s01..`. */
async function estate(subdomains: string[], dbServer: Record<string, string> = {}) {
  const db = await createTestDatabase('mig_fanout');
  centrals.push(db);
  await applyMigrations(db.url, 'central');
  const handle = createCentralDb(db.url, 1);
  try {
    await handle.db.insert(central.School).values(
      subdomains.map((s) => ({
        name: `School ${s}`,
        subdomain: s,
        databaseName: `${db.name}_${s}`,
        dbServer: dbServer[s] ?? DEFAULT_SERVER,
      })),
    );
  } finally {
    await handle.close();
  }
  await Promise.all(subdomains.map((s) => adminQuery(`CREATE DATABASE "${db.name}_${s}"`)));
  return { db, config: { centralUrl: db.url, servers: { [DEFAULT_SERVER]: db.url } } };
}

// Dropping some 30 databases is slow on a busy machine (each drop waits for the disk): cleanup gets its own bound.
afterAll(async () => {
  for (const db of centrals) {
    await dropDatabasesWithPrefix(`${db.name}_`);
    await db.drop();
  }
}, 300_000);

test('20 schools, one database missing: 19 migrated, the broken one reported; the CLI exits 1', async () => {
  const subdomains = Array.from({ length: 20 }, (_, i) => `s${String(i + 1).padStart(2, '0')}`);
  const { db, config } = await estate(subdomains);
  await adminQuery(`DROP DATABASE "${db.name}_s13"`);

  // Sample the server's sessions on the school databases while the fan-out runs: never more than
  // 4 open, plus at most one whose backend is still exiting (it stays in pg_stat_activity for a
  // moment after the client's end() has returned; seen once in CI as a peak of 5).
  let running = true;
  let peak = 0;
  const sampler = (async () => {
    while (running) {
      const { rows } = await adminQuery(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE starts_with(datname, '${db.name}_s')`);
      peak = Math.max(peak, rows[0].n);
      await new Promise((r) => setTimeout(r, 10));
    }
  })();
  const started = Date.now();
  const reports = await migrateAllSchools(config, { concurrency: 4 });
  const elapsed = Date.now() - started;
  running = false;
  await sampler;
  console.log(`fan-out of ${reports.length} schools at concurrency 4: ${elapsed} ms, peak ${peak} school sessions`);
  expect(peak).toBeGreaterThanOrEqual(1);
  expect(peak).toBeLessThanOrEqual(4 + 1);

  expect(reports.map((r) => r.subdomain)).toEqual(subdomains);
  const broken = reports.filter((r) => !r.ok);
  expect(broken).toEqual([
    expect.objectContaining({
      subdomain: 's13',
      databaseName: `${db.name}_s13`,
      applied: [],
      error: expect.stringMatching(/does not exist/),
    }),
  ]);
  for (const r of reports.filter((x) => x.ok)) expect(r.applied).toEqual(tags);

  // Re-run through the real CLI: central and the 19 are up to date, s13 still fails, exit 1.
  const [run, noUrl] = await Promise.all([
    runCli('cli.ts', ['--concurrency', '8'], { DATABASE_URL: db.url, SYNCAD_DB_SERVERS: undefined }),
    // An empty data dir: no URL left by a running `npm start` to fall back to.
    runCli('cli.ts', [], { DATABASE_URL: undefined, SYNCAD_DATA_DIR: os.tmpdir() }),
  ]);
  expect(run.code).toBe(1);
  // Not a terminal: one JSON line per database, with the roll's progress, then a summary.
  const lines = run.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, any>);
  expect(lines[0]).toEqual({ event: 'central', ok: true, applied: [] });
  const schools = lines.filter((l) => l.event === 'school');
  expect(schools.filter((l) => l.ok && l.applied.length === 0)).toHaveLength(19);
  expect(schools.filter((l) => l.school === 's13' && !l.ok && /does not exist/.test(l.error))).toHaveLength(1);
  expect(schools.map((l) => l.done).sort((a, b) => a - b)).toEqual(subdomains.map((_, i) => i + 1));
  expect(schools.at(-1)).toMatchObject({ done: 20, total: 20, remaining: 0, failed: 1, ratePerSecond: expect.any(Number), secondsLeft: 0 });
  expect(lines.at(-1)).toMatchObject({ event: 'summary', ok: 19, failed: 1 });

  // The outcome of each school is recorded centrally, and --retry-failed takes up exactly s13.
  const status = createCentralDb(db.url, 1);
  try {
    const rows = await status.db.select().from(central.SchoolSchemaStatus);
    expect(rows).toHaveLength(20);
    expect(rows.filter((r) => r.lastFailure !== null)).toHaveLength(1);
    expect(rows.filter((r) => r.version === tags.at(-1))).toHaveLength(19);
  } finally {
    await status.close();
  }
  await adminQuery(`CREATE DATABASE "${db.name}_s13"`);
  const retry = await runCli('cli.ts', ['--schools-only', '--retry-failed'], { DATABASE_URL: db.url, SYNCAD_DB_SERVERS: undefined });
  expect(retry.code).toBe(0);
  const retried = retry.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, any>)
    .filter((l) => l.event === 'school');
  expect(retried.map((l) => [l.school, l.ok, l.applied])).toEqual([['s13', true, tags]]);

  // As a person at a terminal sees it: the progress line, then the summary.
  const shown = await runCli('cli.ts', ['--schools-only', '--progress'], { DATABASE_URL: db.url, SYNCAD_DB_SERVERS: undefined });
  expect(shown.code).toBe(0);
  expect(shown.stdout).toMatch(/schools: 20\/20 done, 0 failed, 0 remaining, [\d.]+\/s, ~0 s left/);
  expect(shown.stdout.trim().split('\n').at(-1)).toMatch(/schools: 20 ok, 0 failed \([\d.]+ s\)$/);
  expect(run.stderr).not.toMatch(/\n\s+at /);

  expect(noUrl.code).toBe(2);
  expect(noUrl.stderr.trim()).toBe('migrate: DATABASE_URL is not set (the central database URL)');
  expect(noUrl.stdout).toBe('');
});

test('a failing migration and an unknown server are reported per school; the others migrate', async () => {
  const { db, config } = await estate(['good', 'clash', 'elsewhere'], { elsewhere: 'nowhere' });
  // A table in the way: 0000_initial fails in "clash" and must leave nothing behind there.
  await adminQuery(`CREATE TABLE "Student" (id int)`, databaseUrl(testAdminUrl(), `${db.name}_clash`));

  const reports = await migrateAllSchools(config, { concurrency: 2 });
  const bySub = Object.fromEntries(reports.map((r) => [r.subdomain, r]));
  expect(bySub.good).toMatchObject({ ok: true, applied: tags });
  expect(bySub.clash).toMatchObject({
    ok: false,
    applied: [],
    error: expect.stringMatching(/0000_initial failed: .*"Student" already exists/),
  });
  expect(bySub.elsewhere).toMatchObject({ ok: false, error: 'no PostgreSQL server named "nowhere" is configured' });

  const client = new pg.Client({ connectionString: databaseUrl(testAdminUrl(), `${db.name}_clash`) });
  await client.connect();
  try {
    const tables = await client.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`);
    expect(tables.rows.map((r) => r.table_name).sort()).toEqual([JOURNAL_TABLE, 'Student'].sort());
    expect((await client.query(`SELECT count(*)::int AS n FROM "${JOURNAL_TABLE}"`)).rows[0].n).toBe(0);
  } finally {
    await client.end();
  }

  await expect(migrateAllSchools(config, { concurrency: 0 })).rejects.toThrow(/concurrency must be a positive integer/);
});
