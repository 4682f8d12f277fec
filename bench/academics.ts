/**
 * Academics latency through the real gateway: p50/p99 of bulk-marking 1,000 students, as the
 * school admin over HTTP, against the same SQL run directly with pg on the school database.
 * Requests run one at a time. (The roster of 40 with attendance is measured by bench/floor.ts.)
 */
import { performance } from 'node:perf_hooks';
import { createTestEstate, startStack, type Stack, type TestEstate } from '@syncad/test-support';
import pg from 'pg';
import { schoolToday as today } from '@syncad/test-support';
import type { Benchmark, BenchmarkResult } from './Benchmark';
import { gatewayData } from './gatewayData';
import { percentile } from './stats';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);
const BULK_ROUNDS = Number(process.env.BENCH_BULK_ROUNDS ?? 30);
const STATUSES = ['PRESENT', 'ABSENT', 'LATE'];

const MARK = `mutation($i: MarkAttendanceInput!) { markAttendance(input: $i) { marked } }`;

/** Warms up (pools, JIT, plan caches), then times `rounds` sequential runs: [label, p50, p99, n]. */
async function measure(label: string, rounds: number, run: (i: number) => Promise<unknown>): Promise<string[]> {
  for (let i = 0; i < Math.min(10, rounds); i++) await run(i);
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    await run(i);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return [label, percentile(times, 50).toFixed(1), percentile(times, 99).toFixed(1), String(rounds)];
}

/** A current year and a class with division A holding `count` students placed since the year began, by SQL. */
export async function seedClass(
  db: pg.Pool,
  schoolId: string,
  name: string,
  count: number,
): Promise<{ yearId: string; classId: string; ids: string[] }> {
  const y = new Date().getFullYear();
  const year = await db.query(
    `INSERT INTO "AcademicYear" ("schoolId", name, "startDate", "endDate", "isCurrent")
     SELECT $1, $2, $3, $4, NOT EXISTS (SELECT 1 FROM "AcademicYear" WHERE "isCurrent") RETURNING id, "startDate"`,
    [schoolId, `${name} ${y}`, `${y - 1}-01-01`, `${y + 1}-12-31`],
  );
  const cls = await db.query(`INSERT INTO "Class" ("schoolId", name) VALUES ($1, $2) RETURNING id`, [schoolId, name]);
  const classId: string = cls.rows[0].id;
  const div = await db.query(`INSERT INTO "Division" ("schoolId", "classId", name) VALUES ($1, $2, 'A') RETURNING id`, [schoolId, classId]);
  const students = await db.query(
    `INSERT INTO "Student" ("schoolId", "admissionNo", "firstName", "lastName", "classId", "divisionId")
     SELECT $1, $2 || '-' || lpad(n::text, 5, '0'), 'Pupil', $2 || ' ' || n, $3, $4 FROM generate_series(1, $5) n RETURNING id`,
    [schoolId, name, classId, div.rows[0].id, count],
  );
  const ids: string[] = students.rows.map((r) => r.id);
  await db.query(
    `INSERT INTO "StudentClass" ("schoolId", "studentId", "academicYearId", "classId", "divisionId", "rollNo", "fromDate")
     SELECT $1, s.id, $2, $3, $4, s.n, $5 FROM unnest($6::uuid[]) WITH ORDINALITY AS s(id, n)`,
    [schoolId, year.rows[0].id, classId, div.rows[0].id, year.rows[0].startDate, ids],
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
    const admin = school.users.SCHOOL_ADMIN;
    const schoolUrl = new URL(estate.centralUrl);
    schoolUrl.pathname = `/${school.databaseName}`;
    direct = new pg.Pool({ connectionString: schoolUrl.toString(), max: 2 });
    const db = direct;
    const big = await seedClass(db, school.id, 'Thousand', 1000);

    stack = await startStack(estate);
    const host = { host: `${school.subdomain}.localhost` };
    const token = await stack.login(admin.email, estate.password, school.subdomain);
    const gw = stack;
    const ok = (query: string, variables: Record<string, unknown>) => gatewayData(gw, token, query, variables, host);
    const day = today();
    const entries = (ids: string[], i: number) => ids.map((studentId) => ({ studentId, status: STATUSES[i % 3] }));

    const rows: string[][] = [];
    // What any academics request costs through the gateway (HTTP, auth, permissions, one small query).
    const floor = await measure('floor: { classes { id } } (gateway)', ROUNDS, () => ok(`{ classes { id } }`, {}));
    rows.push(
      await measure('bulk mark 1,000 (gateway)', BULK_ROUNDS, async (i) => {
        const data = await ok(MARK, { i: { classId: big.classId, date: day, entries: entries(big.ids, i) } });
        if (data.markAttendance.marked !== 1000) throw new Error(`marked ${data.markAttendance.marked}, not 1000`);
      }),
    );
    rows.push(
      await measure('bulk mark 1,000 (pg, check + unnest upsert)', BULK_ROUNDS, async (i) => {
        const client = await db.connect();
        try {
          await client.query('BEGIN');
          await client.query(
            `SELECT DISTINCT "studentId" FROM "StudentClass" WHERE "studentId" = ANY($1::uuid[]) AND "classId" = $2
             AND "fromDate" <= $3 AND ("toDate" IS NULL OR "toDate" >= $3)`,
            [big.ids, big.classId, day],
          );
          await client.query(
            `INSERT INTO "Attendance" ("schoolId", "studentId", date, status, "markedBy")
             SELECT $1, id, $2, $3, $4 FROM unnest($5::uuid[]) AS id
             ON CONFLICT ("studentId", date) DO UPDATE SET status = excluded.status, "markedBy" = excluded."markedBy", "updatedAt" = now()
             RETURNING *`,
            [school.id, day, STATUSES[i % 3], admin.id, big.ids],
          );
          await client.query('COMMIT');
        } finally {
          client.release();
        }
      }),
    );
    rows.push(floor);
    const ratio = (a: number, b: number) => (Number(rows[a][1]) / Number(rows[b][1])).toFixed(1);
    return {
      title: 'Academics through the gateway: bulk attendance marking (one request at a time)',
      columns: ['operation', 'p50 ms', 'p99 ms', 'n'],
      rows,
      notes: [
        `bulk mark 1,000 gateway p50 ${rows[0][1]} ms (goal < 150 ms), ${ratio(0, 1)}x pg; a trivial query through the gateway ${floor[1]} ms`,
        'The gateway rows include HTTP, authentication, permission checks, the signed context and the academics subgraph;',
        'the pg rows run the same statements on the school database from the same process. Everything shares one machine.',
      ],
    };
  } finally {
    await direct?.end().catch(() => {});
    await stack?.stop().catch(() => {});
    await estate?.drop().catch(() => {});
  }
}

export const academics: Benchmark = { name: 'academics', run };
