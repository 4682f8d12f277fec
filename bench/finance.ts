/**
 * Finance through the real gateway, in one run on one estate:
 * - throughput (autocannon, 20 connections) of a trivial one-subgraph query (`{ classes { id } }`),
 *   of recordPayment with 20 clients each paying for its own student, and with 20 clients all
 *   paying for ONE student; every payment has a fresh idempotency key, and afterwards the posted
 *   payments are counted in SQL (they must equal the answers), every voucher must balance and the
 *   year's numbers must be gap-free;
 * Goal (issue 8): payments on 20 students >= 60% of the trivial query's throughput. (The
 * 300-student page with every feeBalance against pg is measured by bench/floor.ts.)
 */
import path from 'node:path';
import { createTestEstate, startStack, type Stack, type TestEstate } from '@syncad/test-support';
import pg from 'pg';
import type { Benchmark, BenchmarkResult } from './Benchmark';
import { gatewayData } from './gatewayData';
import { loadTest, type LoadFigures } from './loadTest';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 3);
const CONNECTIONS = 20;
const CLASS_SIZE = 300;

const ROSTER = `query($c: ID!) { classRoster(classId: $c) { id admissionNo feeBalance } }`;

/** Runs of the same load (of equal length) as one: the mean rate, the requests summed, the worse run's latencies. */
function combine(runs: LoadFigures[]): LoadFigures {
  return {
    requestsPerSecond: runs.reduce((sum, r) => sum + r.requestsPerSecond, 0) / runs.length,
    p50Ms: Math.max(...runs.map((r) => r.p50Ms)),
    p99Ms: Math.max(...runs.map((r) => r.p99Ms)),
    requests: runs.reduce((sum, r) => sum + r.requests, 0),
    failures: runs.reduce((sum, r) => sum + r.failures, 0),
  };
}

/** A current year and a class of `count` students placed since the year began, by SQL. */
async function seedClass(db: pg.Pool, schoolId: string, count: number): Promise<{ yearId: string; classId: string; ids: string[] }> {
  const y = new Date().getFullYear();
  const year = await db.query(
    `INSERT INTO "AcademicYear" ("schoolId", name, "startDate", "endDate", "isCurrent") VALUES ($1, $2, $3, $4, true) RETURNING id, "startDate"`,
    [schoolId, `${y - 1}-${String((y + 1) % 100).padStart(2, '0')}`, `${y - 1}-01-01`, `${y + 1}-12-31`],
  );
  const cls = await db.query(`INSERT INTO "Class" ("schoolId", name) VALUES ($1, 'Grade 6') RETURNING id`, [schoolId]);
  const classId: string = cls.rows[0].id;
  const students = await db.query(
    `INSERT INTO "Student" ("schoolId", "admissionNo", "firstName", "lastName", "classId")
     SELECT $1, 'G6-' || lpad(n::text, 5, '0'), 'Pupil', 'Bench ' || n, $2 FROM generate_series(1, $3) n RETURNING id`,
    [schoolId, classId, count],
  );
  const ids: string[] = students.rows.map((r) => r.id);
  await db.query(
    `INSERT INTO "StudentClass" ("schoolId", "studentId", "academicYearId", "classId", "rollNo", "fromDate")
     SELECT $1, s.id, $2, $3, s.n, $4 FROM unnest($5::uuid[]) WITH ORDINALITY AS s(id, n)`,
    [schoolId, year.rows[0].id, classId, year.rows[0].startDate, ids],
  );
  return { yearId: year.rows[0].id, classId, ids };
}

async function run(): Promise<BenchmarkResult> {
  let estate: TestEstate | null = null;
  let stack: Stack | null = null;
  let direct: pg.Pool | null = null;
  try {
    estate = await createTestEstate({ schools: 1 });
    const school = estate.schools[0];
    const schoolUrl = new URL(estate.centralUrl);
    schoolUrl.pathname = `/${school.databaseName}`;
    direct = new pg.Pool({ connectionString: schoolUrl.toString(), max: 2 });
    const db = direct;
    const seeded = await seedClass(db, school.id, CLASS_SIZE);

    // In-flight deduplication off: 20 clients sending the identical trivial query would share
    // fetches, and the goal compares a payment with a trivial query that reaches its subgraph.
    stack = await startStack(estate, { gateway: { dedupeInflight: false } });
    const gw = stack;
    const host = { host: `${school.subdomain}.localhost` };
    // The accountant records payments; the admin reads (both are what a school would use).
    const admin = await stack.login(school.users.SCHOOL_ADMIN.email, estate.password, school.subdomain);
    const accountant = await stack.login(school.users.ACCOUNTANT.email, estate.password, school.subdomain);
    const ok = (token: string, query: string, variables: Record<string, unknown>) => gatewayData(gw, token, query, variables, host);
    const fs = await ok(admin, `mutation($i: CreateFeeStructureInput!) { createFeeStructure(input: $i) { id } }`, {
      i: { academicYearId: seeded.yearId, classId: seeded.classId, name: 'Tuition', amount: '25000.00', dueDate: '2020-01-01' },
    });
    const charged = await ok(
      accountant,
      `mutation($f: ID!, $c: ID!) { chargeFees(input: { feeStructureId: $f, classId: $c }) { charged } }`,
      {
        f: fs.createFeeStructure.id,
        c: seeded.classId,
      },
    );
    if (charged.chargeFees.charged !== CLASS_SIZE) throw new Error('chargeFees answered wrongly');

    const paymentCount = async () => Number((await db.query(`SELECT count(*) FROM "FeeVoucher" WHERE kind = 'PAYMENT'`)).rows[0].count);
    const load = async (token: string, body: string, extra: { payers?: string[] } = {}, seconds = SECONDS): Promise<LoadFigures> => {
      if (extra.payers) process.env.SYNCAD_BENCH_PAYERS = JSON.stringify(extra.payers);
      return loadTest({
        url: gw.gatewayUrl,
        headers: { authorization: `Bearer ${token}`, ...host },
        body,
        seconds,
        connections: CONNECTIONS,
        ...(extra.payers ? { setupClient: path.join(__dirname, 'payingClient.cjs'), idReplacement: true } : {}),
      });
    };
    const payBody = JSON.stringify({ query: 'mutation { __typename }' }); // replaced per connection by payingClient.cjs
    const trivialBody = JSON.stringify({ query: '{ classes { id } }' });
    /** The payment count once requests of an earlier run still in flight have landed. */
    const settledCount = async () => {
      for (let last = -1; ; await new Promise((r) => setTimeout(r, 300))) {
        const now = await paymentCount();
        if (now === last) return now;
        last = now;
      }
    };
    const payments = async (payers: string[]): Promise<LoadFigures> => {
      const before = await settledCount();
      const figures = await load(accountant, payBody, { payers });
      const posted = (await settledCount()) - before;
      // Requests still in flight when the run ends are posted but not counted by autocannon.
      if (figures.failures > 0 || posted < figures.requests || posted > figures.requests + CONNECTIONS) {
        throw new Error(`payments: ${figures.requests} answers, ${figures.failures} failures, ${posted} payments posted`);
      }
      return figures;
    };

    const check = await ok(admin, ROSTER, { c: seeded.classId });
    if (check.classRoster.length !== CLASS_SIZE || check.classRoster.some((s: any) => s.feeBalance !== '25000.00'))
      throw new Error('roster answered wrongly');

    // Warm-up (JIT, pools, plans), then the three loads of the same run.
    await load(admin, trivialBody, {}, WARMUP_SECONDS);
    await load(accountant, payBody, { payers: seeded.ids.slice(200, 220) }, WARMUP_SECONDS);
    // Twice, the second time in the opposite order, so that neither kind always runs first (the
    // machine's load drifts, and the ledger grows); each figure combines both runs.
    const runs: Record<'trivial' | 'twenty' | 'one', LoadFigures[]> = { trivial: [], twenty: [], one: [] };
    const measureOnce = {
      trivial: () => load(admin, trivialBody),
      twenty: () => payments(seeded.ids.slice(0, 20)),
      one: () => payments([seeded.ids[20]]),
    };
    for (const order of [
      ['trivial', 'twenty', 'one'],
      ['one', 'twenty', 'trivial'],
    ] as const) {
      for (const kind of order) runs[kind].push(await measureOnce[kind]());
    }
    const trivial = combine(runs.trivial);
    const twenty = combine(runs.twenty);
    const one = combine(runs.one);

    const unbalanced = await db.query(
      `SELECT count(*)::int AS n FROM (SELECT 1 FROM "FeeLedger" GROUP BY "voucherNo" HAVING sum(amount) <> 0 OR count(*) < 2) v`,
    );
    const series = await db.query(`SELECT count(*)::int AS n, max(seq) AS top FROM "FeeVoucher" WHERE "academicYearId" = $1`, [
      seeded.yearId,
    ]);
    if (unbalanced.rows[0].n !== 0 || series.rows[0].n !== series.rows[0].top)
      throw new Error('the ledger is unbalanced or the numbers have gaps');

    const rate = (x: LoadFigures) => x.requestsPerSecond.toFixed(0);
    const rows = [
      ['trivial query { classes { id } }', rate(trivial), `${trivial.p50Ms}`, `${trivial.p99Ms}`, String(trivial.requests)],
      ['recordPayment, 20 clients on 20 students', rate(twenty), `${twenty.p50Ms}`, `${twenty.p99Ms}`, String(twenty.requests)],
      ['recordPayment, 20 clients on ONE student', rate(one), `${one.p50Ms}`, `${one.p99Ms}`, String(one.requests)],
    ];
    const share = (x: LoadFigures) => `${((100 * x.requestsPerSecond) / trivial.requestsPerSecond).toFixed(0)}%`;
    return {
      title: `Finance through the gateway: payments/s (${CONNECTIONS} connections, 2 x ${SECONDS} s each, interleaved) `,
      columns: ['operation', 'req/s', 'p50 ms', 'p99 ms', 'n'],
      rows,
      notes: [
        `payments on 20 students = ${share(twenty)} of the trivial query's throughput (goal >= 60%); on ONE student ${share(one)}`,
        `every answered payment was posted (counted in SQL), every voucher balances, the year's ${series.rows[0].n} numbers have no gap`,
        'Every voucher of a school year takes the year counter row lock, so payments on 20 students and on one serialise alike;',
        'the payments arriving while one transaction posts share the next one (group commit: one disk flush for many payments);',
        'the gateway rows include HTTP, authentication, permission checks, the signed context, academics and finance; everything shares one machine.',
      ],
    };
  } finally {
    await direct?.end().catch(() => {});
    await stack?.stop().catch(() => {});
    await estate?.drop().catch(() => {});
  }
}

export const finance: Benchmark = { name: 'finance', run };
