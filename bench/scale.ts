/**
 * `npm run bench -- scale [--schools N] [--concurrency C]`: the estate at N school databases
 * (default 2,000) spread over two PostgreSQL servers of the bench's own (embedded, each with
 * max_connections=100; the central database stays on the bench's usual server): provisioning, a
 * re-migration of every school, adding a column to every school through the migrator, then
 * requests through the real gateway spread over all N schools (throughput, errors, peak
 * connections per server against its max_connections) and the roster's p50 when the traffic
 * touches 1, 100 or N schools, with the default pool settings: once with the services connected
 * to the servers directly, once through a PgBouncer in transaction pooling in front of each
 * server (SYNCAD_DB_POOLERS). Beside them, the floor: a roster query alone (the same three tables),
 * on a new client of the pooler each time, over 1 or N databases. Everything is dropped afterwards.
 */
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { applyMigrations, migrateAllSchools, provisionSchool, readMigrations, type ProvisionedSchool } from '@syncad/migrations';
import { central, createCentralDb, type DbConfig, type SchoolPoolLimits } from '@syncad/shared-db';
import {
  createTestDatabase,
  databaseUrl,
  signIn,
  startEmbeddedPostgres,
  startPgBouncer,
  startStack,
  testAdminUrl,
  type PgBouncer,
  type EmbeddedServer,
  type Stack,
  type TestEstate,
} from '@syncad/test-support';
import pg from 'pg';
import type { Benchmark, BenchmarkResult } from './Benchmark';
import { percentile } from './stats';

const ROSTER = '{ classes { students(first: 40) { nodes { fullName rollNo attendanceOn { status } } } } }';
const CLIENTS = 20;
const THROUGHPUT_SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const MAX_CONNECTIONS = 100;
/** What each PgBouncer may hold on its server: room left for superusers, migrations and this bench. */
const POOLER_SERVER_CONNECTIONS = 80;
/** The services' defaults (loadDbConfig without SYNCAD_SCHOOL_* variables). */
const DEFAULT_LIMITS: SchoolPoolLimits = {
  maxOpenPools: 50,
  maxTotalConnections: 200,
  maxConnectionsPerPool: 10,
  idleMillis: 60_000,
  acquireTimeoutMillis: 3_000,
  statementTimeoutMillis: 15_000,
};
/** A query like the academics roster (the same three tables, 40 rows): the floor's work, not its exact text. */
const ROSTER_SQL = `SELECT s.id, s."firstName", c."rollNo", a.status FROM "Student" s
  JOIN "StudentClass" c ON c."studentId" = s.id LEFT JOIN "Attendance" a ON a."studentId" = s.id AND a.date = current_date
  ORDER BY c."rollNo" LIMIT 40`;

function options(): { schools: number; concurrency: number } {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { schools: { type: 'string' }, concurrency: { type: 'string' } },
    strict: false,
    allowPositionals: true,
  });
  return { schools: Number(values.schools ?? process.env.BENCH_SCHOOLS ?? 2000), concurrency: Number(values.concurrency ?? 8) };
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

/** Samples the client connections each server holds until stop() (pg_stat_activity, this sampler included), returning the peaks. */
function sampleConnections(servers: Record<string, string>): { stop(): Promise<Record<string, number>> } {
  const peaks: Record<string, number> = Object.fromEntries(Object.keys(servers).map((s) => [s, 0]));
  let running = true;
  const loop = (async () => {
    const clients = await Promise.all(
      Object.entries(servers).map(async ([name, url]) => {
        const c = new pg.Client({ connectionString: url });
        c.on('error', () => {}); // the servers stop at the end, maybe before this sampler
        await c.connect();
        return { name, c };
      }),
    );
    while (running) {
      for (const { name, c } of clients) {
        const { rows } = await c.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE backend_type = 'client backend'`);
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

/** Roster requests from CLIENTS clients spread over schools 0..k-1 for `seconds`: answers per second, and the failures (with the first). */
async function throughput(
  ask: (i: number) => Promise<void>,
  k: number,
  seconds: number,
): Promise<{ perSecond: number; answered: number; failed: number; firstFailure: string }> {
  let answered = 0;
  let failed = 0;
  let firstFailure = '';
  let cursor = 0;
  const started = performance.now();
  const until = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (performance.now() < until) {
        try {
          await ask(cursor++ % k);
          answered++;
        } catch (err) {
          failed++;
          firstFailure ||= (err as Error).message;
        }
      }
    }),
  );
  return { perSecond: answered / ((performance.now() - started) / 1000), answered, failed, firstFailure };
}

/** The floor: a roster query alone on a new client of the pooler each time, cycling over k schools' databases. */
async function bareRosterLatency(urlOf: (i: number) => string, k: number): Promise<[string, string]> {
  return latencyOf(async (i) => {
    const client = new pg.Client({ connectionString: urlOf(i) });
    await client.connect();
    try {
      if ((await client.query(ROSTER_SQL)).rows.length !== 40) throw new Error(`school ${i}: not 40 rows`);
    } finally {
      await client.end();
    }
  }, k);
}

/** p50 / p99 of `ask`, one at a time, cycling through schools 0..k-1 (every school asked once first), and the failures. */
async function latencyOf(ask: (i: number) => Promise<void>, k: number): Promise<[string, string]> {
  const times: number[] = [];
  let failed = 0;
  let firstFailure = '';
  const timed = async (i: number) => {
    const t = performance.now();
    try {
      await ask(i);
      times.push(performance.now() - t);
    } catch (err) {
      failed++;
      firstFailure ||= (err as Error).message.slice(0, 200);
    }
  };
  const rounds = Math.max(300, Math.min(2 * k, 2000));
  for (let r = 0; r < Math.min(k, 1000); r++) await ask(r % k).catch(() => {}); // every school once: pools open
  for (let r = 0; r < rounds; r++) await timed(r % k);
  times.sort((a, b) => a - b);
  return [
    `${percentile(times, 50).toFixed(1)} / ${percentile(times, 99).toFixed(1)}`,
    `${failed} errors of ${rounds}${firstFailure ? ` (first: ${firstFailure})` : ''}`,
  ];
}

async function run(): Promise<BenchmarkResult> {
  const { schools: n, concurrency } = options();
  const mainAdmin = testAdminUrl();
  const servers: Record<string, EmbeddedServer> = {};
  const poolers: PgBouncer[] = [];
  let stack: Stack | null = null;
  const created: ProvisionedSchool[] = [];
  const centralDb = await createTestDatabase('scale', mainAdmin);
  try {
    for (const name of ['first', 'second']) servers[name] = await startEmbeddedPostgres({ maxConnections: MAX_CONNECTIONS });
    const serverUrls = { default: centralDb.url, first: servers.first.adminUrl, second: servers.second.adminUrl };
    const config: DbConfig = { centralUrl: centralDb.url, servers: serverUrls, limits: DEFAULT_LIMITS };
    await applyMigrations(centralDb.url, 'central');
    const rows: string[][] = [];

    let started = performance.now();
    await fanOut(
      Array.from({ length: n }, (_, i) => i),
      concurrency,
      async (i) => {
        created.push(await provisionSchool(config, { name: `Scale ${i}`, subdomain: `scale${i}`, dbServer: i % 2 ? 'second' : 'first' }));
      },
    );
    rows.push([
      `provision ${n} schools (2 servers, concurrency ${concurrency})`,
      seconds(started),
      `${((performance.now() - started) / n).toFixed(0)} ms/school`,
    ]);

    started = performance.now();
    const again = await migrateAllSchools(config, { concurrency });
    if (again.some((r) => !r.ok || r.applied.length > 0)) throw new Error('a re-migration applied something or failed');
    rows.push([`re-migrate ${n} schools (nothing to apply)`, seconds(started), '']);

    started = performance.now();
    const probe = {
      tag: '9999_scale_probe',
      hash: 'scale-probe',
      statements: ['ALTER TABLE "Student" ADD COLUMN IF NOT EXISTS "scaleProbe" text'],
    };
    const added = await migrateAllSchools(config, { concurrency, migrations: [...readMigrations('school'), probe] });
    if (added.some((r) => !r.ok || r.applied.join() !== probe.tag)) throw new Error('adding the probe column failed somewhere');
    rows.push([`add a column to ${n} school databases`, seconds(started), '']);

    // Each school: an admin with a session and a roster of 40 with today's attendance.
    started = performance.now();
    const handle = createCentralDb(centralDb.url, 4);
    const tokens: string[] = new Array(n);
    const jwtSecret = randomBytes(32).toString('hex');
    try {
      await fanOut(created, concurrency, async (school, i) => {
        const [user] = await handle.db
          .insert(central.User)
          .values({ email: `admin${i}@scale.test`, passwordHash: 'x', firstName: 'Admin' })
          .returning({ id: central.User.id });
        await handle.db
          .insert(central.EmployeeUserSchool)
          .values({ userId: user.id, schoolId: school.id, roleId: school.roles.SCHOOL_ADMIN });
        tokens[i] = (
          await signIn(
            centralDb.url,
            { userId: user.id, schoolId: school.id, roleId: school.roles.SCHOOL_ADMIN, roleName: 'SCHOOL_ADMIN', selfScoped: false },
            jwtSecret,
          )
        ).token;
        await seedRoster(databaseUrl(serverUrls[school.dbServer as 'first' | 'second'], school.databaseName), school.id);
      });
    } finally {
      await handle.close();
    }
    rows.push([`seed an admin and a roster of 40 in each school`, seconds(started), '']);

    for (const name of ['first', 'second'] as const) {
      poolers.push(await startPgBouncer(serverUrls[name], { maxServerConnections: POOLER_SERVER_CONNECTIONS }));
    }
    const poolerUrls = { first: poolers[0].url, second: poolers[1].url };
    const ks = [1, 100, n].filter((k, i, all) => k <= n && all.indexOf(k) === i);
    for (const k of ks) {
      const urlOf = (i: number) => databaseUrl(poolerUrls[created[i].dbServer as 'first' | 'second'], created[i].databaseName);
      rows.push([
        `floor: a roster query alone (3 tables, 40 rows), a new client of the pooler each time, p50 / p99 ms, over ${k} school(s)`,
        ...(await bareRosterLatency(urlOf, k)),
      ]);
    }

    const setups: Array<[string, DbConfig]> = [
      ['direct', config],
      ['through PgBouncer', { ...config, poolers: poolerUrls }],
    ];
    for (const [label, dbConfig] of setups) {
      const estate: TestEstate = { centralUrl: centralDb.url, dbConfig, schools: [], password: '', passwordHash: '', drop: async () => {} };
      stack = await startStack(estate, { subgraphs: ['identity', 'academics'], jwtSecret });
      const ask = async (i: number) => {
        const answer = await stack!.graphql(ROSTER, undefined, tokens[i]);
        const nodes = answer.body?.data?.classes?.[0]?.students?.nodes;
        if (answer.status !== 200 || answer.body.errors || nodes?.length !== 40)
          throw new Error(`school ${i}: ${JSON.stringify(answer.body).slice(0, 300)}`);
      };
      const sampler = sampleConnections({ first: serverUrls.first, second: serverUrls.second });
      for (const k of ks) {
        rows.push([`${label}: roster p50 / p99 ms, traffic over ${k} school(s)`, ...(await latencyOf(ask, k))]);
      }
      const load = await throughput(ask, n, THROUGHPUT_SECONDS);
      const peaks = await sampler.stop();
      rows.push([
        `${label}: rosters over all ${n} schools, ${CLIENTS} clients`,
        `${load.perSecond.toFixed(0)} req/s`,
        `${load.failed} errors of ${load.answered + load.failed}${load.firstFailure ? ` (first: ${load.firstFailure.slice(0, 200)})` : ''}`,
      ]);
      rows.push([
        `${label}: peak client connections per server (max_connections ${MAX_CONNECTIONS})`,
        `first ${peaks.first}, second ${peaks.second}`,
        '',
      ]);
      await stack.stop();
      stack = null;
    }
    return {
      title: `Scale: ${n} school databases on two PostgreSQL servers (max_connections ${MAX_CONNECTIONS} each)`,
      columns: ['measure', 'seconds / figure', 'detail'],
      rows,
      notes: [
        `Default pool settings: ${DEFAULT_LIMITS.maxOpenPools} school pools and ${DEFAULT_LIMITS.maxTotalConnections} connections per process (identity and academics here).`,
        `Through PgBouncer: transaction pooling, at most ${POOLER_SERVER_CONNECTIONS} server connections per server for all databases (max_user_connections); the services open cheap client connections to it.`,
        'Latencies are one request at a time, cycling over the schools named; the floor row is the same cycle without the services (a PostgreSQL backend is bound to one database, so a school without one pays for a new backend).',
      ],
    };
  } finally {
    await stack?.stop().catch(() => {});
    await Promise.all(poolers.map((p) => p.stop().catch(() => {})));
    await centralDb.drop().catch(() => {});
    // Stopping the bench's own servers removes their data folders, school databases included.
    await Promise.all(Object.values(servers).map((s) => s.stop().catch(() => {})));
  }
}

export const scale: Benchmark = { name: 'scale', run, onlyWhenNamed: true };
