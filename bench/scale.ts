/**
 * `npm run bench -- scale [--schools N] [--concurrency C]`: the estate at N school databases
 * (default 1,000) spread over two PostgreSQL servers (the bench's own and a second embedded one):
 * provisioning, a re-migration of every school, adding a column to every school through the
 * migrator, then requests through the real gateway spread over all N schools (throughput, peak
 * connections per server against the cap) and the roster's p50 when the traffic touches 1, 100
 * or N schools. Everything is dropped afterwards.
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { applyMigrations, migrateAllSchools, provisionSchool, readMigrations, type ProvisionedSchool } from '@syncad/migrations';
import { central, createCentralDb, type DbConfig } from '@syncad/shared-db';
import {
  adminQuery,
  createTestDatabase,
  databaseUrl,
  dropDatabase,
  signIn,
  startEmbeddedPostgres,
  startStack,
  testAdminUrl,
  type EmbeddedServer,
  type Stack,
  type TestEstate,
} from '@syncad/test-support';
import pg from 'pg';
import type { Benchmark, BenchmarkResult } from './Benchmark';

const ROSTER = '{ classes { students(first: 40) { nodes { fullName rollNo attendanceOn { status } } } } }';
/** Per process: what the academics subgraph may open to all school databases together. */
const LIMITS = { maxOpenPools: 50, maxTotalConnections: 100, maxConnectionsPerPool: 2, idleMillis: 60_000, acquireTimeoutMillis: 10_000, statementTimeoutMillis: 15_000 };

function options(): { schools: number; concurrency: number } {
  const { values } = parseArgs({ args: process.argv.slice(2), options: { schools: { type: 'string' }, concurrency: { type: 'string' } }, strict: false, allowPositionals: true });
  return { schools: Number(values.schools ?? process.env.BENCH_SCHOOLS ?? 1000), concurrency: Number(values.concurrency ?? 8) };
}

/** Runs `work` for each item with at most `concurrency` at once. */
async function fanOut<T>(items: T[], concurrency: number, work: (item: T, i: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        await work(items[i], i);
      }
    }),
  );
}

const seconds = (from: number) => ((performance.now() - from) / 1000).toFixed(1);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** A class of 40 placed students with today's attendance, by SQL (volume, not the API under test). */
async function seedRoster(url: string, schoolId: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const y = new Date().getFullYear();
    await client.query(
      `WITH ay AS (INSERT INTO "AcademicYear" ("schoolId", name, "startDate", "endDate", "isCurrent") VALUES ($1, $2, $3, $4, true) RETURNING id, "startDate"),
            c AS (INSERT INTO "Class" ("schoolId", name) VALUES ($1, 'Grade 1') RETURNING id),
            s AS (INSERT INTO "Student" ("schoolId", "admissionNo", "firstName", "classId")
                  SELECT $1, 'A-' || n, 'Pupil ' || n, c.id FROM c, generate_series(1, 40) n RETURNING id, "classId", "admissionNo"),
            p AS (INSERT INTO "StudentClass" ("schoolId", "studentId", "academicYearId", "classId", "rollNo", "fromDate")
                  SELECT $1, s.id, ay.id, s."classId", substr(s."admissionNo", 3)::int, ay."startDate" FROM s, ay RETURNING 1)
       INSERT INTO "Attendance" ("schoolId", "studentId", date, status) SELECT $1, s.id, current_date, 'PRESENT' FROM s`,
      [schoolId, `${y}`, `${y - 1}-01-01`, `${y + 1}-12-31`],
    );
  } finally {
    await client.end();
  }
}

/** Samples the connections each server holds until stop() (pg_stat_activity), returning the peaks. */
function sampleConnections(servers: Record<string, string>): { stop(): Promise<Record<string, number>> } {
  const peaks: Record<string, number> = Object.fromEntries(Object.keys(servers).map((s) => [s, 0]));
  let running = true;
  const loop = (async () => {
    const clients = await Promise.all(
      Object.entries(servers).map(async ([name, url]) => {
        const c = new pg.Client({ connectionString: url });
        await c.connect();
        return { name, c };
      }),
    );
    while (running) {
      for (const { name, c } of clients) {
        const { rows } = await c.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name LIKE 'syncad-academics'`);
        peaks[name] = Math.max(peaks[name], rows[0].n);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    await Promise.all(clients.map(({ c }) => c.end()));
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return peaks;
    },
  };
}

async function run(): Promise<BenchmarkResult> {
  const { schools: n, concurrency } = options();
  const mainAdmin = testAdminUrl();
  let second: EmbeddedServer | null = null;
  let stack: Stack | null = null;
  const created: ProvisionedSchool[] = [];
  const centralDb = await createTestDatabase('scale', mainAdmin);
  try {
    second = await startEmbeddedPostgres();
    const secondAdmin = second.adminUrl;
    const config: DbConfig = { centralUrl: centralDb.url, servers: { default: centralDb.url, second: secondAdmin }, limits: LIMITS };
    await applyMigrations(centralDb.url, 'central');
    const rows: string[][] = [];

    let started = performance.now();
    await fanOut(
      Array.from({ length: n }, (_, i) => i),
      concurrency,
      async (i) => {
        created.push(await provisionSchool(config, { name: `Scale ${i}`, subdomain: `scale${i}`, dbServer: i % 2 ? 'second' : 'default' }));
      },
    );
    rows.push([`provision ${n} schools (2 servers, concurrency ${concurrency})`, seconds(started), `${((performance.now() - started) / n).toFixed(0)} ms/school`]);

    started = performance.now();
    const again = await migrateAllSchools(config, { concurrency });
    if (again.some((r) => !r.ok || r.applied.length > 0)) throw new Error('a re-migration applied something or failed');
    rows.push([`re-migrate ${n} schools (nothing to apply)`, seconds(started), '']);

    started = performance.now();
    const probe = { tag: '9999_scale_probe', hash: 'scale-probe', statements: ['ALTER TABLE "Student" ADD COLUMN IF NOT EXISTS "scaleProbe" text'] };
    const added = await migrateAllSchools(config, { concurrency, migrations: [...readMigrations('school'), probe] });
    if (added.some((r) => !r.ok || r.applied.join() !== probe.tag)) throw new Error('adding the probe column failed somewhere');
    rows.push([`add a column to ${n} school databases`, seconds(started), '']);

    // Each school: an admin with a session and a roster of 40.
    started = performance.now();
    const handle = createCentralDb(centralDb.url, 4);
    const tokens: string[] = new Array(n);
    const estate: TestEstate = { centralUrl: centralDb.url, dbConfig: config, schools: [], password: '', passwordHash: '', drop: async () => {} };
    stack = await startStack(estate, { subgraphs: ['identity', 'academics'] });
    try {
      await fanOut(created, concurrency, async (school, i) => {
        const [user] = await handle.db.insert(central.User).values({ email: `admin${i}@scale.test`, passwordHash: 'x', firstName: 'Admin' }).returning({ id: central.User.id });
        await handle.db.insert(central.EmployeeUserSchool).values({ userId: user.id, schoolId: school.id, roleId: school.roles.SCHOOL_ADMIN });
        tokens[i] = (await signIn(centralDb.url, { userId: user.id, schoolId: school.id, roleId: school.roles.SCHOOL_ADMIN, roleName: 'SCHOOL_ADMIN', selfScoped: false }, stack!.jwtSecret)).token;
        await seedRoster(databaseUrl(school.dbServer === 'second' ? secondAdmin : mainAdmin, school.databaseName), school.id);
      });
    } finally {
      await handle.close();
    }
    rows.push([`seed an admin and a roster of 40 in each school`, seconds(started), '']);

    const ask = async (i: number) => {
      const answer = await stack!.graphql(ROSTER, undefined, tokens[i]);
      if (answer.status !== 200 || answer.body.errors) throw new Error(`school ${i}: ${JSON.stringify(answer.body).slice(0, 300)}`);
    };
    // Throughput spread over every school, 20 clients, sampling each server's connections.
    const sampler = sampleConnections({ default: mainAdmin, second: secondAdmin });
    started = performance.now();
    let done = 0;
    let cursor = 0;
    const until = performance.now() + 20_000;
    await Promise.all(
      Array.from({ length: 20 }, async () => {
        while (performance.now() < until) {
          await ask(cursor++ % n);
          done++;
        }
      }),
    );
    const elapsed = (performance.now() - started) / 1000;
    const peaks = await sampler.stop();
    rows.push([`roster requests spread over ${n} schools, 20 clients, 20 s`, `${(done / elapsed).toFixed(0)} req/s`, `0 errors of ${done}`]);
    rows.push([`peak academics connections (cap ${LIMITS.maxTotalConnections} per process)`, `default ${peaks.default}, second ${peaks.second}`, `total ${peaks.default + peaks.second}`]);

    // The roster's p50 when the traffic touches 1, 100 or every school (one request at a time).
    for (const k of [1, 100, n].filter((k, i, all) => k <= n && all.indexOf(k) === i)) {
      const times: number[] = [];
      const rounds = Math.max(300, Math.min(k, 1000));
      for (let r = 0; r < 20; r++) await ask(r % k);
      for (let r = 0; r < rounds; r++) {
        const t = performance.now();
        await ask(r % k);
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      rows.push([`roster p50 / p99, traffic over ${k} school(s)`, percentile(times, 50).toFixed(1), percentile(times, 99).toFixed(1)]);
    }
    return {
      title: `Scale: ${n} school databases on two PostgreSQL servers`,
      columns: ['measure', 'seconds / figure', 'detail'],
      rows,
      notes: [
        `Pools: at most ${LIMITS.maxOpenPools} open school pools per process (least recently used idle ones close), ${LIMITS.maxTotalConnections} connections in all.`,
        'Traffic over more schools than open pools reconnects on most requests: the p50 rows show what that costs.',
      ],
    };
  } finally {
    await stack?.stop().catch(() => {});
    await fanOut(created, 8, async (s) => {
      await dropDatabase(s.databaseName, s.dbServer === 'second' ? second!.adminUrl : mainAdmin).catch(() => {});
    });
    await centralDb.drop().catch(() => {});
    await second?.stop().catch(() => {});
    await adminQuery('SELECT 1', mainAdmin).catch(() => {});
  }
}

export const scale: Benchmark = { name: 'scale', run, onlyWhenNamed: true };
