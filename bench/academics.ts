/**
 * Academics latency (not a test): p50/p99 of (1) a 40-student class roster with the day's
 * attendance and (2) bulk-marking 1,000 students, through the subgraph over HTTP with a signed
 * context (as the gateway calls it), against the same SQL run directly with pg.
 * Run: DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres node --import tsx bench/academics.ts
 */
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { today } from '../subgraphs/academics/src/services/dates';
import { startAcademicsFixture } from '../subgraphs/academics/test/support/academicsFixture';
import { seedClass, seedStudents } from '../subgraphs/academics/test/support/seed';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);
const BULK_ROUNDS = Number(process.env.BENCH_BULK_ROUNDS ?? 30);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function measure(label: string, rounds: number, run: (i: number) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < Math.min(10, rounds); i++) await run(i); // warm-up: pools, JIT, plan caches
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    await run(i);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(`${label.padEnd(44)} p50 ${percentile(times, 50).toFixed(2).padStart(8)} ms   p99 ${percentile(times, 99).toFixed(2).padStart(8)} ms   (n=${rounds})`);
}

async function main(): Promise<void> {
  const server = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const admin = new URL(server);
  admin.pathname = '/postgres';
  process.env.TEST_PG_ADMIN_URL = admin.toString();

  const f = await startAcademicsFixture('bench_acad');
  try {
    const small = await seedClass(f, 'Forty');
    const smallIds = await seedStudents(f, small, 40, 'F');
    const big = await seedClass(f, 'Thousand');
    const bigIds = await seedStudents(f, big, 1000, 'T');
    const day = today();
    await f.ok(f.admin, `mutation($i: MarkAttendanceInput!) { markAttendance(input: $i) { marked } }`, {
      i: { classId: small.classId, date: day, entries: smallIds.map((studentId) => ({ studentId, status: 'PRESENT' })) },
    });

    const roster = `query($c: ID!, $d: Date!) { classRoster(classId: $c) { id fullName rollNo attendanceOn(date: $d) { status } } }`;
    await measure('roster of 40 + attendance (subgraph, HTTP)', ROUNDS, () => f.ok(f.admin, roster, { c: small.classId, d: day }));

    const direct = new pg.Pool({ connectionString: f.schoolDbUrl, max: 2 });
    await measure('roster of 40 + attendance (pg, same SQL)', ROUNDS, async () => {
      const students = await direct.query(
        `SELECT s.* FROM "Student" s LEFT JOIN "StudentClass" sc ON sc."studentId" = s.id AND sc."toDate" IS NULL
         WHERE s.status = 'ACTIVE' AND s."classId" = $1 ORDER BY sc."rollNo" NULLS LAST, s."firstName", s."lastName", s.id`,
        [small.classId],
      );
      const ids = students.rows.map((r) => r.id);
      await direct.query(`SELECT * FROM "StudentClass" WHERE "studentId" = ANY($1)`, [ids]);
      await direct.query(`SELECT * FROM "Attendance" WHERE "studentId" = ANY($1) AND date = $2`, [ids, day]);
    });

    const statuses = ['PRESENT', 'ABSENT', 'LATE'];
    const mark = `mutation($i: MarkAttendanceInput!) { markAttendance(input: $i) { marked } }`;
    await measure('bulk mark 1,000 (subgraph, HTTP)', BULK_ROUNDS, (i) =>
      f.ok(f.admin, mark, {
        i: { classId: big.classId, date: day, entries: bigIds.map((studentId) => ({ studentId, status: statuses[i % 3] })) },
      }),
    );
    await measure('bulk mark 1,000 (pg, check + unnest upsert)', BULK_ROUNDS, async (i) => {
      const client = await direct.connect();
      try {
        await client.query('BEGIN');
        await client.query(
          `SELECT DISTINCT "studentId" FROM "StudentClass" WHERE "studentId" = ANY($1) AND "classId" = $2
           AND "fromDate" <= $3 AND ("toDate" IS NULL OR "toDate" >= $3)`,
          [bigIds, big.classId, day],
        );
        await client.query(
          `INSERT INTO "Attendance" ("schoolId", "studentId", date, status, "markedBy")
           SELECT $1, id, $2, $3, $4 FROM unnest($5::uuid[]) AS id
           ON CONFLICT ("studentId", date) DO UPDATE SET status = excluded.status, "markedBy" = excluded."markedBy", "updatedAt" = now()
           RETURNING *`,
          [f.schoolId, day, statuses[i % 3], f.admin.userId, bigIds],
        );
        await client.query('COMMIT');
      } finally {
        client.release();
      }
    });
    await direct.end();
  } finally {
    await f.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
