/**
 * What a posting may not do, through the real gateway: a discount beyond what the student owes
 * without fee:delete, a voucher dated before its academic year or in closed books; and what it
 * must still do: post any amount the API accepts however large the balance grows, and correct a
 * closed period by a reversal dated today. Each refusal posts nothing.
 */
import type { Member } from '@syncad/test-support';
import {
  CHARGE,
  DISCOUNT,
  PAY,
  REVERSE,
  balanceOf,
  createStructure,
  dayBefore,
  schoolToday,
  seedClass,
  startFinanceFixture,
  unbalancedVouchers,
  voucherCount,
  type FinanceFixture,
  type SeededClass,
} from './support/financeFixture';

let f: FinanceFixture;
let c: SeededClass;
let accountant: Member;
let keyNo = 0;
const key = () => `bounds-${++keyNo}`;
const BOOKS = `{ feeBooks { closedUntil closedBy { id } } }`;
const CLOSE = `mutation($d: Date!) { closeBooks(input: { until: $d }) { closedUntil closedAt closedBy { id } } }`;

/** The answer's one error: its code, field and message; and that nothing was posted. */
async function refused(who: Member, query: string, variables: Record<string, unknown>) {
  const before = await voucherCount(f);
  const answer = await f.gql(who, query, variables);
  expect(answer.body.errors).toHaveLength(1);
  expect(await voucherCount(f)).toBe(before);
  const [error] = answer.body.errors;
  return { code: error.extensions.code, field: error.extensions.field, message: error.message as string };
}

beforeAll(async () => {
  f = await startFinanceFixture();
  accountant = await f.member('ACCOUNTANT');
  c = await seedClass(f, 'Grade 4', 4);
  const fee = await createStructure(f, c, 'Tuition', '1000.00');
  await f.ok(accountant, CHARGE, { fs: fee, c: c.classId });
});
afterAll(() => f?.close());

test('a discount beyond what the student owes needs fee:delete', async () => {
  const s = c.studentIds[0];
  const over = await refused(accountant, DISCOUNT, { i: { studentId: s, amount: '1000.01', reason: 'too much', idempotencyKey: key() } });
  expect(over).toEqual({
    code: 'BAD_USER_INPUT',
    field: 'amount',
    message: expect.stringMatching(/more than the student owes \(1000\.00\)/),
  });
  const exact = await f.ok(accountant, DISCOUNT, { i: { studentId: s, amount: '1000.00', reason: 'full waiver', idempotencyKey: key() } });
  expect(exact.grantDiscount.balanceAfter).toBe('0.00');
  const nothingOwed = await refused(accountant, DISCOUNT, {
    i: { studentId: s, amount: '0.01', reason: 'one more', idempotencyKey: key() },
  });
  expect(nothingOwed.code).toBe('BAD_USER_INPUT');
  // The school admin holds fee:delete: a credit is theirs to grant.
  const credit = await f.ok(f.admin, DISCOUNT, { i: { studentId: s, amount: '1000000.00', reason: 'scholarship', idempotencyKey: key() } });
  expect(credit.grantDiscount.balanceAfter).toBe('-1000000.00');
  expect(await balanceOf(f, s)).toBe('-1000000.00');
});

test('a voucher dated before its academic year starts is refused', async () => {
  const early = await refused(accountant, PAY, {
    i: { studentId: c.studentIds[1], amount: '10.00', mode: 'CASH', idempotencyKey: key(), date: '1900-01-01' },
  });
  expect(early).toEqual({
    code: 'BAD_USER_INPUT',
    field: 'date',
    message: expect.stringMatching(/1900-01-01 is before the academic year/),
  });
});

test('any amount the API accepts posts, however large the balance grows', async () => {
  const s = c.studentIds[2];
  const largest = '9999999999.99';
  for (let i = 0; i < 3; i++) await f.ok(f.admin, PAY, { i: { studentId: s, amount: largest, mode: 'BANK', idempotencyKey: key() } });
  expect(await balanceOf(f, s)).toBe('-29999998999.97');
  const after = await f.ok(accountant, PAY, { i: { studentId: s, amount: '0.01', mode: 'CASH', idempotencyKey: key() } });
  expect(after.recordPayment.balanceAfter).toBe('-29999998999.98');
});

test('closed books take no voucher dated in them, never reopen, and a closed period is corrected by a reversal dated today', async () => {
  const today = schoolToday();
  const yesterday = dayBefore(today);
  const s = c.studentIds[3];
  const retried = { studentId: s, amount: '100.00', mode: 'CASH', idempotencyKey: key(), date: yesterday };
  const paidYesterday = (await f.ok(accountant, PAY, { i: retried })).recordPayment;

  expect((await f.ok(f.admin, BOOKS)).feeBooks).toEqual({ closedUntil: null, closedBy: null });
  // Closing needs fee:delete; a student reads no books.
  expect((await f.gql(accountant, CLOSE, { d: yesterday })).body.errors[0].extensions.code).toBe('FORBIDDEN');
  const student = await f.member('STUDENT');
  expect((await f.gql(student, BOOKS)).body.errors[0].extensions.code).toBe('FORBIDDEN');

  const closed = (await f.ok(f.admin, CLOSE, { d: yesterday })).closeBooks;
  expect(closed).toEqual({ closedUntil: yesterday, closedAt: expect.any(String), closedBy: { id: f.globalId('User', f.admin.userId) } });
  const late = await refused(accountant, PAY, { i: { ...retried, idempotencyKey: key() } });
  expect(late).toEqual({ code: 'BAD_USER_INPUT', field: 'date', message: expect.stringMatching(`closed until ${yesterday}`) });
  // A retry of a payment posted before the closing still answers its receipt.
  expect((await f.ok(accountant, PAY, { i: retried })).recordPayment.voucherNo).toBe(paidYesterday.voucherNo);
  // Earlier than the books are closed: refused; later than today: refused.
  expect((await refused(f.admin, CLOSE, { d: dayBefore(today, 2) })).message).toMatch(/never reopen/);
  expect((await refused(f.admin, CLOSE, { d: dayBefore(today, -1) })).code).toBe('BAD_USER_INPUT');

  // The closed period's payment is reversed today: its mirror is dated today.
  const reversal = (await f.ok(f.admin, REVERSE, { v: paidYesterday.voucherNo, r: 'Cheque bounced' })).reverseVoucher;
  expect(reversal).toMatchObject({ kind: 'REVERSAL', date: today, reverses: { voucherNo: paidYesterday.voucherNo } });

  // Closed through today: nothing more today, not even a charge.
  await f.ok(f.admin, CLOSE, { d: today });
  expect((await refused(accountant, PAY, { i: { studentId: s, amount: '1.00', mode: 'CASH', idempotencyKey: key() } })).field).toBe('date');
  const fee = await createStructure(f, c, 'Late fee', '5.00');
  expect((await refused(accountant, CHARGE, { fs: fee, c: c.classId })).message).toMatch(`closed until ${today}`);
  expect(await unbalancedVouchers(f)).toEqual([]);
});
