/**
 * The day book and the trial balance through the gateway: a cashier's day totalled by kind, mode
 * and poster and paged in posting order, the ledger's accounts over a period; both balance to the
 * ledger itself, and both are for staff only.
 */
import type { Member } from '@syncad/test-support';
import { expectOneError } from '@syncad/test-support';
import { addDays } from '@syncad/subgraph-kit';
import { toHundredths } from '@syncad/platform';
import {
  CHARGE,
  DISCOUNT,
  PAY,
  REVERSE,
  createStructure,
  schoolToday,
  seedClass,
  startFinanceFixture,
  type FinanceFixture,
  type SeededClass,
} from './support/financeFixture';

let f: FinanceFixture;
let c: SeededClass;
let accountant: Member;
let cashier: Member;
const today = schoolToday();
const yesterday = addDays(today, -1);
let keyNo = 0;
const key = () => `reports-${++keyNo}`;

const DAY_BOOK = `query($d: Date!, $m: PaymentMode, $p: ID, $first: Int, $after: String) {
  dayBook(date: $d, mode: $m, postedBy: $p) {
    date voucherCount totalDebit totalCredit
    totals { kind mode postedBy { id } count amount }
    vouchers(first: $first, after: $after) { totalCount nodes { voucherNo kind mode amount } pageInfo { hasNextPage endCursor } }
  }
}`;
const TRIAL = `query($from: Date!, $to: Date!) {
  trialBalance(from: $from, to: $to) { from to totalDebit totalCredit accounts { account opening debit credit closing } }
}`;

// Money is summed exactly, in hundredths.
const cents = (amount: string) => toHundredths(amount);

beforeAll(async () => {
  f = await startFinanceFixture();
  accountant = await f.member('ACCOUNTANT');
  cashier = await f.member('ACCOUNTANT');
  c = await seedClass(f, 'Grade 4', 3);
  const fee = await createStructure(f, c, 'Tuition', '1000.00', today);
  await f.ok(accountant, CHARGE, { fs: fee, c: c.classId });
  const [a, b, d] = c.studentIds;
  await f.ok(accountant, PAY, { i: { studentId: a, amount: '300.00', mode: 'CASH', idempotencyKey: key(), date: yesterday } });
  await f.ok(accountant, PAY, { i: { studentId: a, amount: '200.00', mode: 'CASH', idempotencyKey: key() } });
  const bank = await f.ok(accountant, PAY, { i: { studentId: b, amount: '450.50', mode: 'BANK', idempotencyKey: key() } });
  await f.ok(cashier, PAY, { i: { studentId: d, amount: '100.25', mode: 'CASH', idempotencyKey: key() } });
  await f.ok(accountant, DISCOUNT, { i: { studentId: d, amount: '50.00', reason: 'Sibling', idempotencyKey: key() } });
  await f.ok(f.admin, REVERSE, { v: bank.recordPayment.voucherNo, r: 'Bounced' });
});
afterAll(() => f?.close());

it("the day book totals a day's vouchers by kind, mode and poster, balanced, and pages them in posting order", async () => {
  const book = (await f.ok(accountant, DAY_BOOK, { d: today, first: 2 })).dayBook;
  const poster = (m: Member) => ({ id: f.globalId('User', m.userId) });
  const admin = { id: f.globalId('User', f.admin.userId) };
  expect(book).toMatchObject({ date: today, voucherCount: 8, totalDebit: '4251.25', totalCredit: '4251.25' });
  // By kind, then mode (none first); one poster's and another's in an order of their own.
  expect(book.totals.map((t: { kind: string; mode: string | null }) => `${t.kind} ${t.mode}`)).toEqual([
    'CHARGE null',
    'DISCOUNT null',
    'PAYMENT BANK',
    'PAYMENT CASH',
    'PAYMENT CASH',
    'REVERSAL BANK',
  ]);
  expect(book.totals).toEqual(
    expect.arrayContaining([
      { kind: 'CHARGE', mode: null, postedBy: expect.anything(), count: 3, amount: '3000.00' },
      { kind: 'DISCOUNT', mode: null, postedBy: poster(accountant), count: 1, amount: '50.00' },
      { kind: 'PAYMENT', mode: 'BANK', postedBy: poster(accountant), count: 1, amount: '450.50' },
      { kind: 'PAYMENT', mode: 'CASH', postedBy: poster(accountant), count: 1, amount: '200.00' },
      { kind: 'PAYMENT', mode: 'CASH', postedBy: poster(cashier), count: 1, amount: '100.25' },
      { kind: 'REVERSAL', mode: 'BANK', postedBy: admin, count: 1, amount: '450.50' },
    ]),
  );
  expect([poster(accountant), admin]).toContainEqual(book.totals[0].postedBy);

  // Every page, in posting order: the voucher numbers of the day, each once.
  const seen: string[] = [];
  let page = book.vouchers;
  expect(page.totalCount).toBe(8);
  for (;;) {
    seen.push(...page.nodes.map((v: { voucherNo: string }) => v.voucherNo));
    if (!page.pageInfo.hasNextPage) break;
    page = (await f.ok(accountant, DAY_BOOK, { d: today, first: 2, after: page.pageInfo.endCursor })).dayBook.vouchers;
  }
  const posted = await f.sql(`SELECT "voucherNo" FROM "FeeVoucher" WHERE date = $1 ORDER BY "createdAt", "voucherNo"`, [today]);
  expect(seen).toEqual(posted.rows.map((r) => r.voucherNo));
});

it('the day book keeps one mode, or one poster', async () => {
  const cash = (await f.ok(accountant, DAY_BOOK, { d: today, m: 'CASH' })).dayBook;
  expect(cash).toMatchObject({ voucherCount: 2, totalDebit: '300.25', totalCredit: '300.25' });
  expect(cash.vouchers.nodes.map((v: { mode: string }) => v.mode)).toEqual(['CASH', 'CASH']);
  const byCashier = (await f.ok(accountant, DAY_BOOK, { d: today, p: cashier.userId })).dayBook;
  expect(byCashier.totals).toEqual([
    { kind: 'PAYMENT', mode: 'CASH', postedBy: { id: f.globalId('User', cashier.userId) }, count: 1, amount: '100.25' },
  ]);
  const yesterdays = (await f.ok(accountant, DAY_BOOK, { d: yesterday })).dayBook;
  expect(yesterdays).toMatchObject({ voucherCount: 1, totalDebit: '300.00', totals: [{ kind: 'PAYMENT', mode: 'CASH', count: 1 }] });
});

it('the trial balance balances to the ledger: debits equal credits, balances sum to zero', async () => {
  const trial = (await f.ok(accountant, TRIAL, { from: today, to: today })).trialBalance;
  expect(trial.accounts.map((a: { account: string }) => a.account)).toEqual([
    'BANK',
    'CASH',
    'FEE_DISCOUNT',
    'FEE_INCOME',
    'FEE_RECEIVABLE',
  ]);
  expect(trial.totalDebit).toBe(trial.totalCredit);
  expect(trial.totalDebit).toBe('4251.25');
  const byAccount = Object.fromEntries(trial.accounts.map((a: { account: string }) => [a.account, a]));
  // Yesterday's cash payment is before the period: CASH opens at 300.00 (a debit balance).
  expect(byAccount.CASH).toEqual({ account: 'CASH', opening: '300.00', debit: '300.25', credit: '0.00', closing: '600.25' });
  expect(byAccount.BANK).toEqual({ account: 'BANK', opening: '0.00', debit: '450.50', credit: '450.50', closing: '0.00' });
  expect(byAccount.FEE_INCOME).toMatchObject({ credit: '3000.00', closing: '-3000.00' });
  const closings = trial.accounts.reduce((sum: bigint, a: { closing: string }) => sum + cents(a.closing), 0n);
  const openings = trial.accounts.reduce((sum: bigint, a: { opening: string }) => sum + cents(a.opening), 0n);
  expect({ closings, openings }).toEqual({ closings: 0n, openings: 0n });
  // The ledger itself agrees.
  const ledger = await f.sql(`SELECT account, sum(amount)::text AS closing FROM "FeeLedger" GROUP BY account ORDER BY account`);
  for (const row of ledger.rows) expect(byAccount[row.account].closing).toBe(row.closing);
  const backwards = await f.gql(accountant, TRIAL, { from: today, to: yesterday });
  expect({
    data: backwards.body.data,
    codes: backwards.body.errors.map((e: { extensions: { code: string } }) => e.extensions.code),
  }).toEqual({
    data: { trialBalance: null },
    codes: ['BAD_USER_INPUT'],
  });
});

it('both reports are for staff only', async () => {
  const pupil = await f.member('STUDENT');
  await f.sql(`UPDATE "Student" SET "userId" = $1 WHERE id = $2`, [pupil.userId, c.studentIds[0]]);
  const refusal = async (query: string, variables: Record<string, unknown>) => {
    const answer = await f.gql(pupil, query, variables);
    return {
      data: answer.body.data,
      errors: answer.body.errors.map((e: { message: string; extensions: { code: string } }) => [e.extensions.code, e.message]),
    };
  };
  expect(await refusal(DAY_BOOK, { d: today })).toEqual({
    data: { dayBook: null },
    errors: [['FORBIDDEN', 'a student or guardian account cannot read the day book']],
  });
  expect(await refusal(TRIAL, { from: today, to: today })).toEqual({
    data: { trialBalance: null },
    errors: [['FORBIDDEN', 'a student or guardian account cannot read the trial balance']],
  });
  const librarian = await f.member('LIBRARIAN');
  expectOneError(await f.gql(librarian, DAY_BOOK, { d: today }), 403, 'FORBIDDEN');
});
