/**
 * Twenty cashiers and a flaky network at once: 200 payments for ONE student sent concurrently
 * through the gateway, a quarter of them sent twice with the same idempotency key. Exactly the
 * distinct payments are posted, voucher numbers are unique and gap-free, the balance is exact and
 * every voucher balances, all checked in SQL.
 */
import { databaseUrl, testAdminUrl } from '@syncad/test-support';
import pg from 'pg';
import {
  CHARGE,
  PAY,
  balanceOf,
  createStructure,
  seedClass,
  startFinanceFixture,
  unbalancedVouchers,
  type FinanceFixture,
  type SeededClass,
} from './support/financeFixture';

let f: FinanceFixture;
let c: SeededClass;

beforeAll(async () => {
  f = await startFinanceFixture();
  c = await seedClass(f, 'Grade 9', 2);
  const fs = await createStructure(f, c, 'Annual fee', '100000.00');
  await f.ok(f.admin, CHARGE, { fs, c: c.classId });
});
afterAll(() => f?.close());

/** Payment i: an amount with paise that differ from payment to payment. */
const amountOf = (i: number) => `${10 + i}.${String((i * 37) % 100).padStart(2, '0')}`;
const paise = (amount: string) => BigInt(amount.replace('.', ''));

it('200 concurrent payments for one student, 50 sent twice: the distinct ones posted once, numbers unique and gap-free, balance exact', async () => {
  const [student, bystander] = c.studentIds;
  const accountant = await f.member('ACCOUNTANT');
  const payments = Array.from({ length: 200 }, (_, i) => ({
    studentId: student,
    amount: amountOf(i),
    mode: i % 2 ? 'BANK' : 'CASH',
    idempotencyKey: `pay-${i}`,
  }));
  const sends = [...payments, ...payments.filter((_, i) => i % 4 === 0)];
  expect(sends).toHaveLength(250);
  // The other student pays meanwhile too: one series of numbers for the whole school year.
  const others = Array.from({ length: 10 }, (_, i) => ({
    studentId: bystander,
    amount: '1.00',
    mode: 'CASH',
    idempotencyKey: `other-${i}`,
  }));

  const answers = await Promise.all([...sends, ...others].map((i) => f.gql(accountant, PAY, { i })));
  const failed = answers.filter((a) => a.status !== 200 || a.body.errors);
  expect(failed.map((a) => a.body)).toEqual([]);

  // Both sends of a key got the same receipt.
  const byKey = new Map<string, string>();
  for (const [n, a] of answers.slice(0, sends.length).entries()) {
    const k = sends[n].idempotencyKey;
    const no = a.body.data.recordPayment.voucherNo;
    if (byKey.has(k)) expect({ k, no }).toEqual({ k, no: byKey.get(k) });
    else byKey.set(k, no);
  }
  expect(new Set(byKey.values()).size).toBe(200);

  const posted = await f.sql(
    `SELECT v."idempotencyKey", l.amount::text AS amount, l.account FROM "FeeVoucher" v
     JOIN "FeeLedger" l ON l."voucherNo" = v."voucherNo" AND l.account IN ('CASH', 'BANK')
     WHERE v.kind = 'PAYMENT' AND v."studentId" = $1`,
    [student],
  );
  expect(posted.rows).toHaveLength(200);
  expect(new Set(posted.rows.map((r) => r.idempotencyKey)).size).toBe(200);
  for (const r of posted.rows) {
    const i = Number(r.idempotencyKey.slice(4));
    expect({ key: r.idempotencyKey, amount: r.amount, mode: r.account }).toEqual({
      key: r.idempotencyKey,
      amount: amountOf(i),
      mode: i % 2 ? 'BANK' : 'CASH',
    });
  }

  // Unique, gap-free numbers in the year's series: 2 charges, 200 payments, 10 others.
  const series = await f.sql(
    `SELECT count(*)::int AS n, count(DISTINCT seq)::int AS distinct, min(seq) AS first, max(seq) AS last,
            count(DISTINCT "voucherNo")::int AS numbers,
            bool_and("voucherNo" = $2 || '/' || lpad(seq::text, 6, '0')) AS formatted
     FROM "FeeVoucher" WHERE "academicYearId" = $1`,
    [c.yearId, c.yearName],
  );
  expect(series.rows[0]).toEqual({ n: 212, distinct: 212, first: 1, last: 212, numbers: 212, formatted: true });
  const counter = await f.sql(`SELECT "lastNo" FROM "FeeVoucherCounter" WHERE "academicYearId" = $1`, [c.yearId]);
  expect(counter.rows[0].lastNo).toBe(212);

  const paid = payments.reduce((sum, p) => sum + paise(p.amount), 0n);
  const expected = paise('100000.00') - paid;
  const balance = await balanceOf(f, student);
  expect(paise(balance)).toBe(expected);
  const sql = await f.sql(`SELECT sum(amount)::text AS s FROM "FeeLedger" WHERE "studentId" = $1 AND account = 'FEE_RECEIVABLE'`, [
    student,
  ]);
  expect(sql.rows[0].s).toBe(balance);
  expect(await balanceOf(f, bystander)).toBe('99990.00');
  // Each receipt's balanceAfter is the balance right after it: in number order they step down exactly.
  const steps = await f.sql(
    `SELECT v."balanceAfter"::text AS after, l.amount::text AS delta FROM "FeeVoucher" v
     JOIN "FeeLedger" l ON l."voucherNo" = v."voucherNo" AND l.account = 'FEE_RECEIVABLE'
     WHERE v."studentId" = $1 ORDER BY v.seq`,
    [student],
  );
  let running = 0n;
  for (const s of steps.rows) {
    running += paise(s.delta);
    expect(paise(s.after)).toBe(running);
  }
  expect(await unbalancedVouchers(f)).toEqual([]);
});

it('payments arriving while one is posting share the next transaction; one failing in SQL there fails alone', async () => {
  const [, , spare] = await seedClass(f, 'Grade 10', 3).then((k) => k.studentIds);
  const accountant = await f.member('ACCOUNTANT');
  // No payment the API accepts fails in SQL any more: a trigger of this test's school database makes one (check_violation).
  await f.sql(`CREATE FUNCTION test_refuse_voucher() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION 'refused by the test' USING ERRCODE = '23514'; END $$`);
  await f.sql(`CREATE TRIGGER test_refuse_voucher BEFORE INSERT ON "FeeVoucher" FOR EACH ROW
    WHEN (NEW."idempotencyKey" = 'refused-in-sql') EXECUTE FUNCTION test_refuse_voucher()`);
  const before = await f.sql(`SELECT max(seq) AS top FROM "FeeVoucher" WHERE "academicYearId" = $1`, [c.yearId]);
  const sends = Array.from({ length: 30 }, (_, i) =>
    i === 15
      ? { studentId: spare, amount: '1000.00', mode: 'CASH', idempotencyKey: 'refused-in-sql' }
      : { studentId: c.studentIds[0], amount: '2.00', mode: 'CASH', idempotencyKey: `ok-${i}` },
  );
  // Hold the year's counter so the first payment's transaction waits and the other 29 queue behind it.
  const holder = new pg.Client({ connectionString: databaseUrl(testAdminUrl(), f.school.databaseName) });
  await holder.connect();
  let answers: any[] = [];
  const statements = await f.statements(async () => {
    // START TRANSACTION and END: the holder's own transaction is not one of those counted below.
    await holder.query('START TRANSACTION');
    await holder.query(`SELECT * FROM "FeeVoucherCounter" WHERE "academicYearId" = $1 FOR UPDATE`, [f.keyOf(c.yearId)]);
    const first = f.gql(accountant, PAY, { i: sends[0] });
    const waiting = `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`;
    await waitFor(async () => (await f.sql(waiting)).rows[0].n > 0);
    const sentBefore = f.stack.subgraphRequestCount();
    const rest = sends.slice(1).map((i) => f.gql(accountant, PAY, { i }));
    // All 29 handed to the finance subgraph (a loaded machine takes its time), then a margin for
    // each to reach the posting queue.
    await waitFor(async () => f.stack.subgraphRequestCount() >= sentBefore + rest.length, 600);
    await new Promise((r) => setTimeout(r, 500));
    await holder.query('END');
    answers = await Promise.all([first, ...rest]);
  });
  await holder.end();
  const codes = answers.map((a) => a.body.errors?.[0]?.extensions?.code ?? 'OK');
  expect(codes.filter((code) => code !== 'OK')).toEqual(['BAD_USER_INPUT']);
  expect(codes[15]).toBe('BAD_USER_INPUT');
  // The first alone; the other 29 in one transaction (one statement posting them all), which the
  // refused one failed: rolled back, then each posted in a transaction of its own (the refused one's failing again).
  const transactions = splitTransactions(statements);
  expect(transactions.map((t) => t.end)).toEqual([
    'commit',
    'rollback',
    ...Array.from({ length: 29 }, (_, i) => (i === 14 ? 'rollback' : 'commit')),
  ]);
  expect(transactions.map((t) => t.postings)).toEqual(transactions.map(() => 1));
  const after = await f.sql(`SELECT count(*)::int AS n, max(seq) AS top FROM "FeeVoucher" WHERE "academicYearId" = $1`, [c.yearId]);
  expect(after.rows[0].top).toBe(before.rows[0].top + 29);
  expect(after.rows[0].n).toBe(after.rows[0].top);
  expect(await balanceOf(f, spare)).toBe('0.00');
  expect(await unbalancedVouchers(f)).toEqual([]);
});

/** Polls `condition` every 50 ms, at most `tries` times. */
async function waitFor(condition: () => Promise<boolean>, tries = 100): Promise<void> {
  for (let i = 0; i < tries && !(await condition()); i++) await new Promise((r) => setTimeout(r, 50));
}

/** The transactions in a list of statements: how many posting statements each ran and how it ended. */
function splitTransactions(statements: string[]): { postings: number; end: string }[] {
  const found: { postings: number; end: string }[] = [];
  let current: { postings: number; end: string } | null = null;
  for (const t of statements) {
    if (/^begin/i.test(t)) current = { postings: 0, end: '' };
    else if (current && /INSERT INTO "FeeVoucher" /.test(t)) current.postings++;
    else if (current && /^(commit|rollback)/i.test(t)) {
      current.end = t.toLowerCase();
      found.push(current);
      current = null;
    }
  }
  return found;
}
