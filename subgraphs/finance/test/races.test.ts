/**
 * Races on the ledger through the real gateway and PostgreSQL, each round with fresh records and
 * repeated: two reversals of one voucher (one reversal, the other caller a clear CONFLICT), two
 * charges of one fee structure to one class (each student charged once), two payments with one
 * idempotency key (one posting; both callers get the same receipt). Nothing fails internally and
 * every voucher stays balanced.
 */
import type { Member } from '@syncad/test-support';
import {
  CHARGE,
  PAY,
  REVERSE,
  createStructure,
  seedClass,
  startFinanceFixture,
  unbalancedVouchers,
  type FinanceFixture,
} from './support/financeFixture';

const ROUNDS = 8;

let f: FinanceFixture;
let accountant: Member;

beforeAll(async () => {
  f = await startFinanceFixture();
  accountant = await f.member('ACCOUNTANT');
}, 60_000);
afterAll(() => f?.close());

const codesOf = (answer: { body: { errors?: { extensions: { code: string } }[] } }) =>
  (answer.body.errors ?? []).map((e) => e.extensions.code);
const count = async (sql: string, params: unknown[]) => Number((await f.sql(sql, params)).rows[0].n);

test('two reversals of one voucher at once: one reversal, the other a clear CONFLICT', async () => {
  const c = await seedClass(f, 'Race reversals', ROUNDS);
  for (const studentId of c.studentIds) {
    const paid = await f.ok(accountant, PAY, { i: { studentId, amount: '10.00', mode: 'CASH', idempotencyKey: `rev-${studentId}` } });
    const answers = await Promise.all([1, 2].map((n) => f.gql(f.admin, REVERSE, { v: paid.recordPayment.voucherNo, r: `race ${n}` })));
    expect(answers.map(codesOf).sort()).toEqual([[], ['CONFLICT']]);
    expect(answers.find((a) => a.body.errors)!.body.errors[0].message).toMatch(/already been reversed/);
    expect(await count(`SELECT count(*) AS n FROM "FeeVoucher" WHERE kind = 'REVERSAL' AND "studentId" = $1`, [studentId])).toBe(1);
  }
  expect(await unbalancedVouchers(f)).toEqual([]);
});

test('two charges of one fee structure to one class at once: each student charged once', async () => {
  for (let round = 0; round < ROUNDS; round++) {
    const c = await seedClass(f, `Race charges ${round}`, 5);
    const fee = await createStructure(f, c, `Race fee ${round}`, '100.00');
    const answers = await Promise.all([1, 2].map(() => f.gql(accountant, CHARGE, { fs: fee, c: c.classId })));
    for (const answer of answers) expect(codesOf(answer)).toEqual([]);
    expect(answers.map((a) => a.body.data.chargeFees.charged).sort()).toEqual([0, 5]);
    const charges = await f.sql(
      `SELECT "studentId", count(*)::int AS n FROM "FeeVoucher" WHERE kind = 'CHARGE' AND "feeStructureId" = $1 GROUP BY "studentId"`,
      [fee],
    );
    expect(charges.rows.map((r) => r.n)).toEqual([1, 1, 1, 1, 1]);
  }
});

test('two payments with one idempotency key at once: one posting, the same receipt for both', async () => {
  const c = await seedClass(f, 'Race payments', ROUNDS);
  for (const studentId of c.studentIds) {
    const payment = { studentId, amount: '42.50', mode: 'BANK', idempotencyKey: `race-${studentId}` };
    const answers = await Promise.all([1, 2].map(() => f.gql(accountant, PAY, { i: payment })));
    for (const answer of answers) expect(codesOf(answer)).toEqual([]);
    expect(answers[0].body.data.recordPayment).toEqual(answers[1].body.data.recordPayment);
    expect(await count(`SELECT count(*) AS n FROM "FeeVoucher" WHERE "idempotencyKey" = $1`, [payment.idempotencyKey])).toBe(1);
  }
  expect(await unbalancedVouchers(f)).toEqual([]);
});
