/**
 * The demo estate's fees through the API: a school seeded exactly as `npm start` seeds the demo
 * schools shows its charges and payments (balances, ledgers, receipts, dues, collections), and new
 * postings continue its voucher series without a gap.
 */
import { schoolDbOver } from '@syncad/shared-db';
import { databaseUrl, testAdminUrl, type Member } from '@syncad/test-support';
import pg from 'pg';
import { seedDemoSchool } from '@syncad/scripts/demo';
import { PAY, startFinanceFixture, unbalancedVouchers, type FinanceFixture } from './support/financeFixture';

let f: FinanceFixture;
let admin: Member;

beforeAll(async () => {
  f = await startFinanceFixture();
  const pool = new pg.Pool({ connectionString: databaseUrl(testAdminUrl(), f.school.databaseName), max: 2 });
  try {
    const pupil = await f.member('STUDENT');
    await seedDemoSchool(schoolDbOver(pool), { id: f.school.id, subdomain: 'demo', studentUserId: pupil.userId, seed: 1 });
  } finally {
    await pool.end();
  }
  admin = f.admin;
});
afterAll(() => f?.close());

it("shows the seeded charges and payments: every student's balance and dues agree with the ledger", async () => {
  const classes = await f.sql(`SELECT id FROM "Class" ORDER BY "sortOrder"`);
  const expected = await f.sql(
    `SELECT "studentId", sum(amount)::text AS balance FROM "FeeLedger" WHERE account = 'FEE_RECEIVABLE' GROUP BY 1`,
  );
  const balances = new Map(expected.rows.map((r) => [r.studentId, r.balance]));
  let students = 0;
  for (const { id } of classes.rows) {
    const data = await f.ok(
      admin,
      `query($c: ID!) { classRoster(classId: $c) { id feeBalance } classDues(classId: $c) { students(first: 100) { totalCount nodes { student { id } charged paid outstanding } } } }`,
      { c: id },
    );
    for (const s of data.classRoster)
      expect({ id: s.id, balance: s.feeBalance }).toEqual({ id: s.id, balance: balances.get(f.keyOf(s.id)) });
    for (const d of data.classDues.students.nodes) {
      expect(d.outstanding).toBe(balances.get(f.keyOf(d.student.id)));
      expect(Number(d.charged)).toBeGreaterThan(0);
    }
    students += data.classDues.students.totalCount;
  }
  expect(students).toBe(200);
  expect(await unbalancedVouchers(f)).toEqual([]);
});

it("shows a student's seeded ledger and receipts, and a payment continues the year's series", async () => {
  const seeded = await f.sql(
    `SELECT v."studentId", v."voucherNo", y.name AS year, (SELECT count(*)::int FROM "FeeVoucher") AS vouchers
     FROM "FeeVoucher" v JOIN "AcademicYear" y ON y.id = v."academicYearId" WHERE v.kind = 'PAYMENT' ORDER BY v.seq LIMIT 1`,
  );
  const { studentId, voucherNo, year, vouchers } = seeded.rows[0];
  const data = await f.ok(
    admin,
    `query($s: ID!, $v: String!) { student(id: $s) { ledger { nodes { voucherNo kind entryType amount balance } } }
      receipt(voucherNo: $v) { voucherNo kind mode amount student { id } balanceAfter } }`,
    { s: studentId, v: voucherNo },
  );
  const kinds = data.student.ledger.nodes.map((n: any) => n.kind);
  expect(kinds).toEqual(['CHARGE', 'PAYMENT']);
  expect(data.student.ledger.nodes[0].voucherNo).toMatch(new RegExp(`^${year}/\\d{6}$`));
  expect(data.receipt).toMatchObject({ voucherNo, kind: 'PAYMENT', student: { id: f.globalId('Student', studentId) } });
  expect(data.receipt.balanceAfter).toBe(data.student.ledger.nodes[1].balance);

  const next = await f.ok(admin, PAY, { i: { studentId, amount: '10.00', mode: 'CASH', idempotencyKey: 'after-the-seed' } });
  expect(next.recordPayment.voucherNo).toBe(`${year}/${String(vouchers + 1).padStart(6, '0')}`);
});

it("the collection summary of the seed day equals the ledger's cash and bank lines", async () => {
  const day = await f.sql(
    `SELECT min(date)::text AS d, sum(amount)::text AS total FROM "FeeLedger" WHERE account IN ('CASH', 'BANK') AND date = (SELECT min(date) FROM "FeeLedger")`,
  );
  const { d, total } = day.rows[0];
  const summary = (
    await f.ok(
      admin,
      `query($d: Date!) { feeCollectionSummary(from: $d, to: $d) { total byMode { mode amount } rows { allocation amount } } }`,
      { d },
    )
  ).feeCollectionSummary;
  expect(summary.total).toBe(total);
  // Seeded payments never exceed the term fee: all of it pays the fee head.
  expect(new Set(summary.rows.map((r: any) => r.allocation))).toEqual(new Set(['FEE_HEAD']));
});
