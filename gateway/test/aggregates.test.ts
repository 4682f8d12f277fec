/**
 * Grouped aggregates (attendance, results, fees, transport, library) through the real gateway over
 * a school seeded with the demo's data: each family's figures against the same figures computed by
 * SQL written here, the caller's own scope for a student, one statement per aggregate whatever the
 * number of groups, the group cap, and permissions.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import { schoolDbOver } from '@syncad/shared-db';
import { seedDemoSchool } from '@syncad/scripts/demo';
import { databaseUrl, startSubgraphFixture, testAdminUrl, type Member, type SubgraphFixture } from '@syncad/test-support';

let f: SubgraphFixture;
let accountant: Member;
let student: Member;
let teacher: Member;
let guardian: Member;
/** The seeded period: every demo row lies within it. */
let from: string;
let to: string;

beforeAll(async () => {
  f = await startSubgraphFixture();
  accountant = await f.member('ACCOUNTANT');
  student = await f.member('STUDENT');
  teacher = await f.member('TEACHER');
  guardian = await f.member('GUARDIAN');
  for (const [school, seed, studentUserId] of [
    [f.school, 1, student.userId],
    [f.other, 2, randomUUID()],
  ] as const) {
    const pool = new pg.Pool({ connectionString: databaseUrl(testAdminUrl(), school.databaseName), max: 2 });
    try {
      // The demo's guardian links: the first guardian has two children (Grade 1 A's second student, Grade 2 A's first).
      const guardianUserIds = [school === f.school ? guardian.userId : randomUUID(), randomUUID()] as const;
      await seedDemoSchool(schoolDbOver(pool), { id: school.id, subdomain: school.subdomain, studentUserId, guardianUserIds, seed });
    } finally {
      await pool.end();
    }
  }
  ({ from, to } = (await f.sql(`SELECT (max(date) - 200)::text AS from, (max(date) + 1)::text AS to FROM "Trip"`)).rows[0]);
}, 180_000);
afterAll(() => f?.close());

/** Rows keyed by `key` (SQL's or the API's), each to the comparable figures. */
function byKey<T>(rows: any[], key: (r: any) => string, figures: (r: any) => T): Record<string, T> {
  return Object.fromEntries(rows.map((r) => [key(r), figures(r)]));
}

it('attendance: counts per status grouped by class and month match SQL, the total too', async () => {
  const d = await f.ok(
    f.admin,
    `query($i: AttendanceAggregateInput!) { attendanceAggregate(input: $i) {
       groupBy total { marked present absent late leave }
       groups { key { class { id name } month division { id } } marked present absent late leave } } }`,
    { i: { from, to, groupBy: ['CLASS', 'MONTH'] } },
  );
  const sql = await f.sql(`
    SELECT c.name, to_char(a.date, 'YYYY-MM') AS month, count(*)::int AS marked,
      count(*) FILTER (WHERE a.status = 'PRESENT')::int AS present, count(*) FILTER (WHERE a.status = 'ABSENT')::int AS absent,
      count(*) FILTER (WHERE a.status = 'LATE')::int AS late, count(*) FILTER (WHERE a.status = 'LEAVE')::int AS leave
    FROM "Attendance" a JOIN "Student" s ON s.id = a."studentId" JOIN "Class" c ON c.id = s."classId"
    GROUP BY 1, 2`);
  const agg = d.attendanceAggregate;
  expect(agg.groupBy).toEqual(['CLASS', 'MONTH']);
  expect(agg.groups.length).toBe(sql.rows.length);
  expect(agg.groups.every((g: any) => g.key.division === null)).toBe(true);
  const figures = (r: any) => [r.marked, r.present, r.absent, r.late, r.leave];
  expect(byKey(agg.groups, (g) => `${g.key.class.name}|${g.key.month}`, figures)).toEqual(
    byKey(sql.rows, (r) => `${r.name}|${r.month}`, figures),
  );
  const total = (await f.sql(`SELECT count(*)::int AS n, count(*) FILTER (WHERE status = 'ABSENT')::int AS absent FROM "Attendance"`))
    .rows[0];
  expect([agg.total.marked, agg.total.absent]).toEqual([total.n, total.absent]);
  // Sorted by the keys: classes as the school orders them, then months.
  const order = await f.sql(`SELECT c.name, m.month FROM "Class" c, (SELECT DISTINCT to_char(date, 'YYYY-MM') AS month FROM "Attendance") m
    WHERE EXISTS (SELECT 1 FROM "Student" s WHERE s."classId" = c.id) ORDER BY c."sortOrder", c.name, m.month`);
  expect(agg.groups.map((g: any) => `${g.key.class.name}|${g.key.month}`)).toEqual(order.rows.map((r) => `${r.name}|${r.month}`));
});

it('attendance by week: each week keyed by its Monday; no key at all answers the total as the one group', async () => {
  const q = `query($i: AttendanceAggregateInput!) { attendanceAggregate(input: $i) { total { marked } groups { key { week day } marked } } }`;
  const weeks = (await f.ok(f.admin, q, { i: { from, to, groupBy: ['WEEK'] } })).attendanceAggregate;
  const sql = await f.sql(`SELECT date_trunc('week', date)::date::text AS week, count(*)::int AS n FROM "Attendance" GROUP BY 1`);
  expect(
    byKey(
      weeks.groups,
      (g) => g.key.week,
      (g) => g.marked,
    ),
  ).toEqual(
    byKey(
      sql.rows,
      (r) => r.week,
      (r) => r.n,
    ),
  );
  expect(weeks.groups.every((g: any) => new Date(`${g.key.week}T00:00:00Z`).getUTCDay() === 1)).toBe(true);
  const none = (await f.ok(f.admin, q, { i: { from, to, groupBy: [] } })).attendanceAggregate;
  expect(none.groups).toEqual([{ key: { week: null, day: null }, marked: none.total.marked }]);
});

it('results: count, marks and percentages, passes and grades per subject match SQL', async () => {
  const d = await f.ok(
    f.admin,
    `query($i: ResultAggregateInput!) { resultAggregate(input: $i) {
       total { results absent passed }
       groups { key { subject { name } } results absent passed averageMarks minMarks maxMarks averagePercent minPercent maxPercent
         gradeDistribution { grade count } } } }`,
    { i: { groupBy: ['SUBJECT'], passPercent: '60' } },
  );
  const sql = await f.sql(`
    WITH r AS (
      SELECT sub.name, r.marks, r."isAbsent", round(r.marks * 100 / e."maxMarks", 2) AS pct
      FROM "Result" r JOIN "Exam" e ON e.id = r."examId" JOIN "Subject" sub ON sub.id = e."subjectId")
    SELECT name, count(*)::int AS results, count(*) FILTER (WHERE "isAbsent")::int AS absent,
      count(*) FILTER (WHERE pct >= 60)::int AS passed, round(avg(marks), 2)::text AS avg_marks, min(marks)::text AS min_marks,
      max(marks)::text AS max_marks, round(avg(pct), 2)::text AS avg_pct, min(pct)::text AS min_pct, max(pct)::text AS max_pct
    FROM r GROUP BY name`);
  const grades = await f.sql(`
    SELECT sub.name, (SELECT g.grade FROM "GradeBand" g WHERE g."minPercent" <= round(r.marks * 100 / e."maxMarks", 2)
      ORDER BY g."minPercent" DESC LIMIT 1) AS grade, count(*)::int AS n
    FROM "Result" r JOIN "Exam" e ON e.id = r."examId" JOIN "Subject" sub ON sub.id = e."subjectId"
    WHERE NOT r."isAbsent" GROUP BY 1, 2`);
  const groups = d.resultAggregate.groups;
  expect(groups).toHaveLength(3);
  expect(
    byKey(
      groups,
      (g) => g.key.subject.name,
      (g) => [g.results, g.absent, g.passed, g.averageMarks, g.minMarks, g.maxMarks, g.averagePercent, g.minPercent, g.maxPercent],
    ),
  ).toEqual(
    byKey(
      sql.rows,
      (r) => r.name,
      (r) => [r.results, r.absent, r.passed, r.avg_marks, r.min_marks, r.max_marks, r.avg_pct, r.min_pct, r.max_pct],
    ),
  );
  for (const g of groups) {
    const expected = grades.rows.filter((r) => r.name === g.key.subject.name);
    expect(Object.fromEntries(g.gradeDistribution.map((x: any) => [x.grade, x.count]))).toEqual(
      Object.fromEntries(expected.map((r) => [r.grade, r.n])),
    );
    // Highest band first.
    const order = ['A+', 'A', 'B', 'C', 'D', 'F'];
    const seen = g.gradeDistribution.map((x: any) => order.indexOf(x.grade));
    expect(seen).toEqual([...seen].sort((a: number, b: number) => a - b));
  }
  expect(d.resultAggregate.total.results).toBe(sql.rows.reduce((n, r) => n + r.results, 0));
});

it('fees: charged, paid, discounted, reversed, outstanding per class and mode match SQL; debits equal credits', async () => {
  const d = await f.ok(
    accountant,
    `query($i: FeeAggregateInput!) { feeAggregate(input: $i) {
       total { vouchers charged paid discounted reversed outstanding debit credit }
       groups { key { class { id } mode } vouchers charged paid outstanding } } }`,
    { i: { from, to, groupBy: ['CLASS', 'MODE'] } },
  );
  const sql = await f.sql(`
    SELECT s."classId"::text AS class, (SELECT min(m.account) FROM "FeeLedger" m WHERE m."voucherNo" = v."voucherNo" AND m.account IN ('CASH', 'BANK')) AS mode,
      count(*)::int AS vouchers,
      coalesce(sum(l.amount) FILTER (WHERE v.kind = 'CHARGE' AND l.amount > 0), 0)::numeric(14, 2)::text AS charged,
      coalesce(sum(l.amount) FILTER (WHERE v.kind = 'PAYMENT' AND l.amount > 0), 0)::numeric(14, 2)::text AS paid,
      coalesce(sum(l.amount) FILTER (WHERE l.account = 'FEE_RECEIVABLE'), 0)::numeric(14, 2)::text AS outstanding
    FROM "FeeVoucher" v JOIN "FeeLedger" l ON l."voucherNo" = v."voucherNo" AND l.amount > 0 OR l."voucherNo" = v."voucherNo" AND l.account = 'FEE_RECEIVABLE' AND l.amount < 0
    JOIN "Student" s ON s.id = v."studentId"
    GROUP BY 1, 2`);
  // The SQL above joins each voucher's debit line (and a payment's receivable credit): count vouchers from the debit lines alone.
  const vouchers = await f.sql(`
    SELECT s."classId"::text AS class, (SELECT min(m.account) FROM "FeeLedger" m WHERE m."voucherNo" = v."voucherNo" AND m.account IN ('CASH', 'BANK')) AS mode,
      count(*)::int AS n FROM "FeeVoucher" v JOIN "Student" s ON s.id = v."studentId" GROUP BY 1, 2`);
  const groups = d.feeAggregate.groups;
  const api = byKey(
    groups,
    (g) => `${f.keyOf(g.key.class.id)}|${g.key.mode}`,
    (g) => [g.vouchers, g.charged, g.paid, g.outstanding],
  );
  const counted = byKey(
    vouchers.rows,
    (r) => `${r.class}|${r.mode}`,
    (r) => r.n,
  );
  expect(api).toEqual(
    byKey(
      sql.rows,
      (r) => `${r.class}|${r.mode}`,
      (r) => [counted[`${r.class}|${r.mode}`], r.charged, r.paid, r.outstanding],
    ),
  );
  const t = d.feeAggregate.total;
  expect(t.debit).toBe(t.credit);
  const totals = (
    await f.sql(`SELECT coalesce(sum(l.amount) FILTER (WHERE l.account = 'FEE_RECEIVABLE'), 0)::text AS owed,
      (SELECT coalesce(sum(amount), 0) FROM "FeeLedger" WHERE account IN ('CASH', 'BANK'))::text AS paid FROM "FeeLedger" l`)
  ).rows[0];
  expect([t.outstanding, t.paid, t.discounted, t.reversed]).toEqual([totals.owed, totals.paid, '0.00', '0.00']);
  expect(t.vouchers).toBe((await f.sql(`SELECT count(*)::int AS n FROM "FeeVoucher"`)).rows[0].n);
});

it('fees by account: a voucher counts on its debit side, so the accounts add up to the total', async () => {
  const d = await f.ok(
    accountant,
    `query($i: FeeAggregateInput!) { feeAggregate(input: $i) { total { paid charged } groups { key { account } paid charged debit credit } } }`,
    { i: { from, to, groupBy: ['ACCOUNT'] } },
  );
  const sql = await f.sql(`SELECT account, coalesce(sum(amount) FILTER (WHERE amount > 0), 0)::numeric(14, 2)::text AS debit,
    coalesce(-sum(amount) FILTER (WHERE amount < 0), 0)::numeric(14, 2)::text AS credit FROM "FeeLedger" GROUP BY account`);
  const groups = d.feeAggregate.groups;
  expect(
    byKey(
      groups,
      (g) => g.key.account,
      (g) => [g.debit, g.credit],
    ),
  ).toEqual(
    byKey(
      sql.rows,
      (r) => r.account,
      (r) => [r.debit, r.credit],
    ),
  );
  const receivable = groups.find((g: any) => g.key.account === 'FEE_RECEIVABLE');
  expect(receivable.charged).toBe(d.feeAggregate.total.charged);
  const paidByAccounts = groups
    .filter((g: any) => g.paid !== '0.00')
    .map((g: any) => g.key.account)
    .sort();
  expect(paidByAccounts).toEqual(['BANK', 'CASH']);
});

it('transport: boarded, dropped and absent per route and stop match SQL', async () => {
  const d = await f.ok(
    f.admin,
    `query($i: TransportAggregateInput!) { transportAggregate(input: $i) {
       total { trips students boarded dropped absent }
       groups { key { route { name } stop { name } } boarded dropped absent } } }`,
    { i: { from, to, groupBy: ['ROUTE', 'STOP'] } },
  );
  const sql = await f.sql(`
    SELECT r.name AS route, st.name AS stop, count(*) FILTER (WHERE m.status = 'BOARDED')::int AS boarded,
      count(*) FILTER (WHERE m.status = 'DROPPED')::int AS dropped, count(*) FILTER (WHERE m.status = 'ABSENT')::int AS absent
    FROM "TripStudentMark" m JOIN "Trip" t ON t.id = m."tripId" JOIN "BusRoute" r ON r.id = t."routeId"
    LEFT JOIN "BusStop" st ON st.id = m."stopId" GROUP BY 1, 2`);
  expect(sql.rows.length).toBeGreaterThan(3);
  const figures = (r: any) => [r.boarded, r.dropped, r.absent];
  expect(byKey(d.transportAggregate.groups, (g) => `${g.key.route.name}|${g.key.stop?.name}`, figures)).toEqual(
    byKey(sql.rows, (r) => `${r.route}|${r.stop ?? undefined}`, figures),
  );
  const t = (
    await f.sql(`SELECT count(DISTINCT "tripId")::int AS trips, count(DISTINCT "studentId")::int AS students FROM "TripStudentMark"`)
  ).rows[0];
  expect([d.transportAggregate.total.trips, d.transportAggregate.total.students]).toEqual([t.trips, t.students]);
});

it('library: issued, returned, returned late and overdue per month and class match SQL', async () => {
  // A return, late, so every measure has something to count.
  await f.sql(
    `UPDATE "LibraryBookIssue" SET "returnedOn" = "dueDate" + 1 WHERE id = (SELECT id FROM "LibraryBookIssue" ORDER BY "issuedOn" LIMIT 1)`,
  );
  const d = await f.ok(
    f.admin,
    `query($i: LibraryAggregateInput!) { libraryAggregate(input: $i) {
       total { issued returned returnedLate overdue fines } groups { key { month class { name } } issued returned returnedLate overdue } } }`,
    { i: { from, to, groupBy: ['MONTH', 'CLASS'] } },
  );
  const sql = await f.sql(`
    SELECT to_char(ev.day, 'YYYY-MM') AS month, c.name AS class, count(*) FILTER (WHERE ev.kind = 'I')::int AS issued,
      count(*) FILTER (WHERE ev.kind = 'R')::int AS returned, count(*) FILTER (WHERE ev.kind = 'R' AND i."returnedOn" > i."dueDate")::int AS late,
      count(*) FILTER (WHERE ev.kind = 'I' AND i."returnedOn" IS NULL AND i."dueDate" < current_date)::int AS overdue
    FROM "LibraryBookIssue" i JOIN "Student" s ON s.id = i."studentId" JOIN "Class" c ON c.id = s."classId",
      LATERAL (VALUES ('I', i."issuedOn"), ('R', i."returnedOn")) ev(kind, day)
    WHERE ev.day IS NOT NULL GROUP BY 1, 2`);
  const figures = (r: any) => [r.issued, r.returned, r.returnedLate ?? r.late, r.overdue];
  expect(byKey(d.libraryAggregate.groups, (g) => `${g.key.month}|${g.key.class.name}`, figures)).toEqual(
    byKey(sql.rows, (r) => `${r.month}|${r.class}`, figures),
  );
  expect(d.libraryAggregate.total).toMatchObject({ issued: 2, returned: 1, returnedLate: 1, fines: '0.00' });
});

it("a student's aggregates count their own records only", async () => {
  const own = (await f.sql(`SELECT id FROM "Student" WHERE "userId" = $1`, [student.userId])).rows[0].id;
  const d = await f.ok(
    student,
    `query($a: AttendanceAggregateInput!, $fee: FeeAggregateInput!, $r: ResultAggregateInput!) {
       attendanceAggregate(input: $a) { total { marked absent } groups { key { student { id } } marked } }
       feeAggregate(input: $fee) { total { charged outstanding } }
       resultAggregate(input: $r) { total { results } } }`,
    { a: { from, to, groupBy: ['STUDENT'] }, fee: { from, to, groupBy: [] }, r: { groupBy: [] } },
  );
  const att = (
    await f.sql(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE status = 'ABSENT')::int AS absent FROM "Attendance" WHERE "studentId" = $1`,
      [own],
    )
  ).rows[0];
  expect(d.attendanceAggregate.total).toEqual({ marked: att.n, absent: att.absent });
  expect(d.attendanceAggregate.groups.map((g: any) => f.keyOf(g.key.student.id))).toEqual([own]);
  const fee = (
    await f.sql(
      `SELECT coalesce(sum(amount) FILTER (WHERE account = 'FEE_RECEIVABLE' AND amount > 0), 0)::numeric(14, 2)::text AS charged,
    coalesce(sum(amount) FILTER (WHERE account = 'FEE_RECEIVABLE'), 0)::numeric(14, 2)::text AS owed FROM "FeeLedger" WHERE "studentId" = $1`,
      [own],
    )
  ).rows[0];
  expect(d.feeAggregate.total).toEqual({ charged: fee.charged, outstanding: fee.owed });
  expect(d.resultAggregate.total.results).toBe(
    (await f.sql(`SELECT count(*)::int AS n FROM "Result" WHERE "studentId" = $1`, [own])).rows[0].n,
  );
});

it("a guardian's aggregates count their children's records, each child a group", async () => {
  const children = (
    await f.sql(`SELECT "studentId" AS id FROM "StudentGuardian" WHERE "userId" = $1 AND "acceptedAt" IS NOT NULL`, [guardian.userId])
  ).rows.map((r) => r.id);
  expect(children).toHaveLength(2);
  const d = await f.ok(
    guardian,
    `query($a: AttendanceAggregateInput!, $l: LibraryAggregateInput!) {
       attendanceAggregate(input: $a) { total { marked } groups { key { student { id } } marked absent } }
       libraryAggregate(input: $l) { total { issued } } }`,
    { a: { from, to, groupBy: ['STUDENT'] }, l: { from, to, groupBy: [] } },
  );
  const sql = await f.sql(
    `SELECT "studentId" AS id, count(*)::int AS marked, count(*) FILTER (WHERE status = 'ABSENT')::int AS absent FROM "Attendance" WHERE "studentId" = ANY($1) GROUP BY 1`,
    [children],
  );
  expect(
    byKey(
      d.attendanceAggregate.groups,
      (g) => f.keyOf(g.key.student.id),
      (g) => [g.marked, g.absent],
    ),
  ).toEqual(
    byKey(
      sql.rows,
      (r) => r.id,
      (r) => [r.marked, r.absent],
    ),
  );
  const issued = (await f.sql(`SELECT count(*)::int AS n FROM "LibraryBookIssue" WHERE "studentId" = ANY($1)`, [children])).rows[0].n;
  expect(d.libraryAggregate.total.issued).toBe(issued);
});

it('every key of every family answers, and its groups add up to the total', async () => {
  const families = [
    {
      field: 'attendanceAggregate',
      input: 'AttendanceAggregateInput',
      keys: ['CLASS', 'DIVISION', 'STUDENT', 'DAY', 'WEEK', 'MONTH'],
      measure: 'marked',
      period: true,
    },
    {
      field: 'resultAggregate',
      input: 'ResultAggregateInput',
      keys: ['EXAM', 'SUBJECT', 'CLASS', 'DIVISION'],
      measure: 'results',
      period: false,
    },
    {
      field: 'feeAggregate',
      input: 'FeeAggregateInput',
      keys: ['CLASS', 'MODE', 'MONTH', 'ACCOUNT', 'FEE_STRUCTURE'],
      measure: 'debit',
      period: true,
    },
    {
      field: 'transportAggregate',
      input: 'TransportAggregateInput',
      keys: ['ROUTE', 'STOP', 'DAY', 'DIRECTION'],
      measure: 'boarded',
      period: true,
    },
    { field: 'libraryAggregate', input: 'LibraryAggregateInput', keys: ['MONTH', 'CLASS'], measure: 'issued', period: true },
  ];
  // Exact sums: integers, or money in paise.
  const units = (v: number | string) => (typeof v === 'number' ? BigInt(v) : BigInt(v.replace('.', '')));
  for (const fam of families) {
    for (const key of fam.keys) {
      const input = { ...(fam.period ? { from, to } : {}), groupBy: [key] };
      const d = await f.ok(
        f.admin,
        `query($i: ${fam.input}!) { ${fam.field}(input: $i) { total { ${fam.measure} } groups { ${fam.measure} } } }`,
        { i: input },
      );
      const answer = d[fam.field];
      expect({ key: `${fam.field} ${key}`, groups: answer.groups.length > 0 }).toEqual({ key: `${fam.field} ${key}`, groups: true });
      const sum = answer.groups.reduce((n: bigint, g: any) => n + units(g[fam.measure]), 0n);
      expect({ key: `${fam.field} ${key}`, sum }).toEqual({ key: `${fam.field} ${key}`, sum: units(answer.total[fam.measure]) });
    }
  }
});

it('one statement per aggregate field, whatever the number of groups', async () => {
  const q = `query($i: AttendanceAggregateInput!, $f: FeeAggregateInput!) {
    attendanceAggregate(input: $i) { total { marked } groups { key { class { name } division { name } day } marked absent } }
    feeAggregate(input: $f) { groups { key { class { id } month } paid } } }`;
  const answers: any[] = [];
  const run = (groupBy: string[]) =>
    f.statements(
      async () => void answers.push(await f.ok(f.admin, q, { i: { from, to, groupBy }, f: { from, to, groupBy: ['CLASS', 'MONTH'] } })),
    );
  await run(['CLASS']); // warm the pools
  const few = await run(['CLASS']);
  const many = await run(['CLASS', 'DIVISION', 'DAY']);
  expect(answers[1].attendanceAggregate.groups).toHaveLength(10);
  expect(answers[2].attendanceAggregate.groups.length).toBeGreaterThan(400);
  const grouped = (texts: string[]) => texts.filter((t) => /GROUPING SETS/.test(t));
  expect(grouped(few)).toHaveLength(2);
  expect(grouped(many)).toHaveLength(2);
  // Class and division names: one batched statement each, however many groups name them.
  expect(many.length).toBe(few.length + 1);
});

it('more than 1000 groups is refused with BAD_USER_INPUT; bad periods and pass marks too', async () => {
  const q = `query($i: AttendanceAggregateInput!) { attendanceAggregate(input: $i) { total { marked } } }`;
  const tooMany = await f.gql(f.admin, q, { i: { from, to, groupBy: ['STUDENT', 'DAY'] } });
  expect(tooMany.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  expect(tooMany.body.errors[0].message).toMatch(/more than 1000 groups/);
  const backwards = await f.gql(f.admin, q, { i: { from: to, to: from, groupBy: [] } });
  expect(backwards.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  const pass = await f.gql(f.admin, `{ resultAggregate(input: { passPercent: "101", groupBy: [] }) { total { passed } } }`);
  expect(pass.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
});

it("each aggregate needs its module's read; another school's class is refused exactly like a made-up id", async () => {
  const denied = await f.gql(teacher, `{ feeAggregate(input: { from: "2026-01-01", to: "2026-01-31", groupBy: [] }) { total { paid } } }`);
  expect(denied.body.errors[0].extensions.code).toBe('FORBIDDEN');
  const q = `query($i: AttendanceAggregateInput!) { attendanceAggregate(input: $i) { total { marked } groups { marked } } }`;
  // An id of this school that names nothing: no rows.
  const nothing = await f.ok(f.admin, q, { i: { from, to, classId: f.globalId('Class', randomUUID()), groupBy: ['CLASS'] } });
  expect(nothing).toEqual({ attendanceAggregate: { total: { marked: 0 }, groups: [] } });
  // Another school's class and a made-up id are refused alike.
  const otherClass = (await f.sql(`SELECT id FROM "Class" LIMIT 1`, [], f.other)).rows[0].id;
  const refusals = await Promise.all(
    [f.globalId('Class', otherClass, f.other), randomBytes(32).toString('base64url')].map(async (classId) => {
      const body = (await f.gql(f.admin, q, { i: { from, to, classId, groupBy: [] } })).body;
      return { data: body.data, errors: body.errors.map((e: any) => [e.message, e.extensions.code]) };
    }),
  );
  expect(refusals[0]).toEqual(refusals[1]);
  expect(refusals[0].errors).toEqual([['classId is not a valid id', 'BAD_USER_INPUT']]);
});
