/**
 * The posting rules through the real gateway, to the paisa: charges, payments, discounts and
 * reversals, their lines and the balances they leave; the ledger's running balance; idempotency;
 * money arguments; fee structures; dues and defaulters; the collection summary.
 */
import type { Member } from '@syncad/test-support';
import { expectNoLeaks } from '@syncad/test-support';
import {
  BALANCE,
  CHARGE,
  DISCOUNT,
  PAY,
  REVERSE,
  balanceOf,
  createStructure,
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
let tuition: string;
let accountant: Member;
let keyNo = 0;
const key = () => `posting-${++keyNo}`;

async function receivableSum(studentId: string): Promise<string> {
  const { rows } = await f.sql(
    `SELECT coalesce(sum(amount), 0)::text AS s FROM "FeeLedger" WHERE "studentId" = $1 AND account = 'FEE_RECEIVABLE'`,
    [studentId],
  );
  return rows[0].s;
}

beforeAll(async () => {
  f = await startFinanceFixture();
  accountant = await f.member('ACCOUNTANT');
  c = await seedClass(f, 'Grade 1', 4);
  tuition = await createStructure(f, c, 'Tuition Term 1', '12500.50', '2020-01-15');
});
afterAll(() => f?.close());

describe('charges', () => {
  it('post one CHARGE voucher per student (DR FEE_RECEIVABLE / CR FEE_INCOME); charging again charges nobody twice', async () => {
    const first = await f.ok(accountant, CHARGE, { fs: tuition, c: c.classId });
    expect(first.chargeFees).toEqual({
      charged: 4,
      skipped: 0,
      amount: '50002.00',
      date: schoolToday(),
      feeStructure: { id: tuition },
      class: { id: c.classId },
    });
    const again = await f.ok(accountant, CHARGE, { fs: tuition, c: c.classId });
    expect(again.chargeFees).toMatchObject({ charged: 0, skipped: 4, amount: '0.00' });

    const { rows } = await f.sql(
      `SELECT v.kind, v."voucherNo", l.account, l."entryType", l.amount::text AS amount, l."feeStructureId"
       FROM "FeeVoucher" v JOIN "FeeLedger" l ON l."voucherNo" = v."voucherNo" WHERE v."studentId" = $1 ORDER BY l.amount DESC`,
      [c.studentIds[0]],
    );
    expect(rows).toEqual([
      {
        kind: 'CHARGE',
        voucherNo: `${c.yearName}/000001`,
        account: 'FEE_RECEIVABLE',
        entryType: 'DR',
        amount: '12500.50',
        feeStructureId: f.keyOf(tuition),
      },
      {
        kind: 'CHARGE',
        voucherNo: `${c.yearName}/000001`,
        account: 'FEE_INCOME',
        entryType: 'CR',
        amount: '-12500.50',
        feeStructureId: f.keyOf(tuition),
      },
    ]);
    for (const id of c.studentIds) expect(await balanceOf(f, id)).toBe('12500.50');
    // Numbered by admission number, without gaps.
    const numbers = await f.sql(`SELECT "voucherNo" FROM "FeeVoucher" ORDER BY seq`);
    expect(numbers.rows.map((r) => r.voucherNo)).toEqual([1, 2, 3, 4].map((n) => `${c.yearName}/00000${n}`));
  });

  it('a charged fee structure can be neither changed nor removed (CONFLICT); an unused one can', async () => {
    const update = await f.gql(f.admin, `mutation($id: ID!) { updateFeeStructure(input: { id: $id, amount: "1.00" }) { id } }`, {
      id: tuition,
    });
    expect(update.body.errors.map((e: any) => e.extensions.code)).toEqual(['CONFLICT']);
    const remove = await f.gql(f.admin, `mutation($id: ID!) { removeFeeStructure(input: { id: $id }) }`, { id: tuition });
    expect(remove.body.errors.map((e: any) => e.extensions.code)).toEqual(['CONFLICT']);
    expect((await f.sql(`SELECT amount::text FROM "FeeStructure" WHERE id = $1`, [tuition])).rows[0].amount).toBe('12500.50');

    const spare = await createStructure(f, c, 'Spare', '10.00');
    const changed = await f.ok(
      accountant,
      `mutation($id: ID!) { updateFeeStructure(input: { id: $id, name: "Library", amount: "99.90", dueDate: "2030-06-01" }) { name amount dueDate charged } }`,
      { id: spare },
    );
    expect(changed.updateFeeStructure).toEqual({ name: 'Library', amount: '99.90', dueDate: '2030-06-01', charged: false });
    expect(await f.ok(f.admin, `mutation($id: ID!) { removeFeeStructure(input: { id: $id }) }`, { id: spare })).toEqual({
      removeFeeStructure: spare,
    });
    expect(await f.ok(f.admin, `query($id: ID!) { feeStructure(id: $id) { id } }`, { id: spare })).toEqual({ feeStructure: null });
  });

  it('lists fee structures as a connection, by due date, filtered by year and class (with the every-class ones)', async () => {
    const other = await seedClass(f, 'Grade 2', 0);
    const all = await f.ok(f.admin, `mutation($i: CreateFeeStructureInput!) { createFeeStructure(input: $i) { id class { id } } }`, {
      i: { academicYearId: c.yearId, name: 'Annual Day', amount: '300', dueDate: '2020-01-01' },
    });
    expect(all.createFeeStructure.class).toBeNull();
    await createStructure(f, other, 'Grade 2 Tuition', '9000', '2020-02-01');
    const q = `query($c: ID, $y: ID, $after: String) { feeStructures(classId: $c, academicYearId: $y, first: 1, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { name amount } } } }`;
    const page1 = (await f.ok(f.admin, q, { c: c.classId, y: c.yearId })).feeStructures;
    expect(page1).toMatchObject({
      totalCount: 2,
      pageInfo: { hasNextPage: true },
      edges: [{ node: { name: 'Annual Day', amount: '300.00' } }],
    });
    const page2 = (await f.ok(f.admin, q, { c: c.classId, y: c.yearId, after: page1.pageInfo.endCursor })).feeStructures;
    expect(page2).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: false }, edges: [{ node: { name: 'Tuition Term 1' } }] });
    const everything = (await f.ok(f.admin, `{ feeStructures(first: 100) { totalCount } }`)).feeStructures;
    expect(everything.totalCount).toBe(3);
  });
});

describe('payments, discounts and reversals', () => {
  it('a payment posts DR CASH (or BANK) / CR FEE_RECEIVABLE and lowers the balance to the paisa', async () => {
    const s = c.studentIds[0];
    const cash = (await f.ok(accountant, PAY, { i: { studentId: s, amount: '5000.25', mode: 'CASH', idempotencyKey: key() } }))
      .recordPayment;
    expect(cash).toEqual({
      voucherNo: `${c.yearName}/000005`,
      kind: 'PAYMENT',
      date: schoolToday(),
      amount: '5000.25',
      mode: 'CASH',
      reference: null,
      narration: null,
      student: { id: s },
      lines: [
        { account: 'CASH', entryType: 'DR', amount: '5000.25' },
        { account: 'FEE_RECEIVABLE', entryType: 'CR', amount: '5000.25' },
      ],
      balanceAfter: '7500.25',
    });
    const bank = (
      await f.ok(accountant, PAY, {
        i: { studentId: s, amount: '0.01', mode: 'BANK', idempotencyKey: key(), reference: ' UTR-123 ', date: '2025-03-03' },
      })
    ).recordPayment;
    expect(bank).toMatchObject({
      date: '2025-03-03',
      mode: 'BANK',
      reference: 'UTR-123',
      balanceAfter: '7500.24',
      lines: [
        { account: 'BANK', entryType: 'DR', amount: '0.01' },
        { account: 'FEE_RECEIVABLE', entryType: 'CR', amount: '0.01' },
      ],
    });
    expect(await balanceOf(f, s)).toBe('7500.24');
    expect(await receivableSum(s)).toBe('7500.24');
    // The receipt reads back the same, by number.
    const again = await f.ok(
      f.admin,
      `query($v: String!) { receipt(voucherNo: $v) { voucherNo amount mode balanceAfter lines { account entryType amount } } }`,
      { v: cash.voucherNo },
    );
    expect(again.receipt).toEqual({
      voucherNo: cash.voucherNo,
      amount: '5000.25',
      mode: 'CASH',
      balanceAfter: '7500.25',
      lines: cash.lines,
    });
  });

  it('a discount posts DR FEE_DISCOUNT / CR FEE_RECEIVABLE', async () => {
    const s = c.studentIds[1];
    const d = (
      await f.ok(accountant, DISCOUNT, { i: { studentId: s, amount: '500.50', reason: 'Sibling concession', idempotencyKey: key() } })
    ).grantDiscount;
    expect(d).toMatchObject({
      kind: 'DISCOUNT',
      amount: '500.50',
      mode: null,
      narration: 'Sibling concession',
      lines: [
        { account: 'FEE_DISCOUNT', entryType: 'DR', amount: '500.50' },
        { account: 'FEE_RECEIVABLE', entryType: 'CR', amount: '500.50' },
      ],
      balanceAfter: '12000.00',
    });
    expect(await balanceOf(f, s)).toBe('12000.00');
  });

  it('paying more than is owed leaves a negative balance: a credit', async () => {
    const s = c.studentIds[2];
    const p = (await f.ok(accountant, PAY, { i: { studentId: s, amount: '13000.75', mode: 'BANK', idempotencyKey: key() } })).recordPayment;
    expect(p.balanceAfter).toBe('-500.25');
    expect(await balanceOf(f, s)).toBe('-500.25');
  });

  it('a reversal posts the mirror voucher, linked to the original; a second reversal and reversing a reversal are refused', async () => {
    const s = c.studentIds[3];
    const p = (await f.ok(accountant, PAY, { i: { studentId: s, amount: '2000.10', mode: 'CASH', idempotencyKey: key() } })).recordPayment;
    expect(await balanceOf(f, s)).toBe('10500.40');
    const r = (await f.ok(f.admin, REVERSE, { v: p.voucherNo, r: 'Cheque bounced' })).reverseVoucher;
    expect(r).toMatchObject({
      kind: 'REVERSAL',
      amount: '2000.10',
      mode: 'CASH',
      narration: 'Cheque bounced',
      reverses: { voucherNo: p.voucherNo },
      lines: [
        { account: 'FEE_RECEIVABLE', entryType: 'DR', amount: '2000.10' },
        { account: 'CASH', entryType: 'CR', amount: '2000.10' },
      ],
      balanceAfter: '12500.50',
    });
    expect(await balanceOf(f, s)).toBe('12500.50');
    const linked = await f.ok(f.admin, `query($v: String!) { receipt(voucherNo: $v) { reversedBy { voucherNo } } }`, { v: p.voucherNo });
    expect(linked.receipt.reversedBy).toEqual({ voucherNo: r.voucherNo });

    const before = await voucherCount(f);
    const twice = await f.gql(f.admin, REVERSE, { v: p.voucherNo, r: 'again' });
    expect(twice.body.errors.map((e: any) => e.extensions.code)).toEqual(['CONFLICT']);
    expect(twice.body.errors[0].message).toMatch(/already been reversed/);
    const ofReversal = await f.gql(f.admin, REVERSE, { v: r.voucherNo, r: 'undo the undo' });
    expect(ofReversal.body.errors.map((e: any) => e.extensions.code)).toEqual(['CONFLICT']);
    expect(ofReversal.body.errors[0].message).toMatch(/never reversed/);
    const unknown = await f.gql(f.admin, REVERSE, { v: 'NO-SUCH-VOUCHER', r: 'x' });
    expect(unknown.body.errors.map((e: any) => e.extensions.code)).toEqual(['NOT_FOUND']);
    expect(await voucherCount(f)).toBe(before);
    expect(await balanceOf(f, s)).toBe('12500.50');
  });

  it('reversing a charge takes it off the balance; chargeFees does not charge that student again', async () => {
    const s = c.studentIds[3];
    const charge = await f.sql(`SELECT "voucherNo" FROM "FeeVoucher" WHERE "studentId" = $1 AND kind = 'CHARGE'`, [s]);
    const r = (await f.ok(f.admin, REVERSE, { v: charge.rows[0].voucherNo, r: 'Fee waived' })).reverseVoucher;
    expect(r.lines).toEqual([
      { account: 'FEE_INCOME', entryType: 'DR', amount: '12500.50' },
      { account: 'FEE_RECEIVABLE', entryType: 'CR', amount: '12500.50' },
    ]);
    expect(await balanceOf(f, s)).toBe('0.00');
    expect((await f.ok(accountant, CHARGE, { fs: tuition, c: c.classId })).chargeFees).toMatchObject({ charged: 0, skipped: 4 });
  });

  it('the same idempotency key returns the same receipt and posts nothing; with another amount, student or mode it is CONFLICT', async () => {
    const s = c.studentIds[0];
    const k = key();
    const input = { studentId: s, amount: '100.00', mode: 'CASH', idempotencyKey: k };
    const first = (await f.ok(accountant, PAY, { i: input })).recordPayment;
    const before = { vouchers: await voucherCount(f), balance: await balanceOf(f, s) };
    const retry = (await f.ok(accountant, PAY, { i: { ...input, amount: '100' } })).recordPayment;
    expect(retry).toEqual(first);
    for (const changed of [{ amount: '100.01' }, { studentId: c.studentIds[1] }, { mode: 'BANK' }]) {
      const answer = await f.gql(accountant, PAY, { i: { ...input, ...changed } });
      expectNoLeaks(answer);
      expect(answer.body.errors.map((e: any) => e.extensions.code)).toEqual(['CONFLICT']);
      expect(answer.body.data).toBeNull();
    }
    // A discount cannot reuse a payment's key either.
    const asDiscount = await f.gql(accountant, DISCOUNT, { i: { studentId: s, amount: '100.00', reason: 'x', idempotencyKey: k } });
    expect(asDiscount.body.errors.map((e: any) => e.extensions.code)).toEqual(['CONFLICT']);
    expect({ vouchers: await voucherCount(f), balance: await balanceOf(f, s) }).toEqual(before);
    // Nothing rolled back left a gap.
    const gaps = await f.sql(`SELECT count(*)::int AS n, max(seq) AS top FROM "FeeVoucher" WHERE "academicYearId" = $1`, [c.yearId]);
    expect(gaps.rows[0].n).toBe(gaps.rows[0].top);
  });

  it('money arguments that are not a positive amount with at most two decimals below the limit are BAD_USER_INPUT naming the argument, nothing posted', async () => {
    const s = c.studentIds[0];
    const before = { vouchers: await voucherCount(f), structures: (await f.sql(`SELECT count(*) FROM "FeeStructure"`)).rows[0].count };
    for (const amount of ['10.001', '-5', 'abc', '1e20', '', '0', '0.00', '-0.01', '10000000000.00', ' ', '1,000.00']) {
      const payment = await f.gql(accountant, PAY, { i: { studentId: s, amount, mode: 'CASH', idempotencyKey: key() } });
      expectNoLeaks(payment);
      expect({ amount, codes: payment.body.errors?.map((e: any) => e.extensions.code) }).toEqual({ amount, codes: ['BAD_USER_INPUT'] });
      expect(payment.body.data ?? null).toBeNull();
      // Refused at the gateway (variable coercion, HTTP 400) or by the service (field error naming it).
      const error = payment.body.errors[0];
      if (payment.status === 400) expect(error.message).toMatch(/"i\.amount"/);
      else expect(error.extensions.field).toBe('amount');

      const discount = await f.gql(accountant, DISCOUNT, { i: { studentId: s, amount, reason: 'x', idempotencyKey: key() } });
      expect(discount.body.errors?.map((e: any) => e.extensions.code)).toEqual(['BAD_USER_INPUT']);
      const structure = await f.gql(accountant, `mutation($i: CreateFeeStructureInput!) { createFeeStructure(input: $i) { id } }`, {
        i: { academicYearId: c.yearId, classId: c.classId, name: 'Bad', amount, dueDate: '2030-01-01' },
      });
      expect(structure.body.errors?.map((e: any) => e.extensions.code)).toEqual(['BAD_USER_INPUT']);
    }
    // A literal in the query is refused by the gateway too.
    const literal = await f.gql(
      accountant,
      `mutation { recordPayment(input: { studentId: "${s}", amount: "10.001", mode: CASH, idempotencyKey: "lit" }) { voucherNo } }`,
    );
    expect(literal.status).toBe(400);
    expect({ vouchers: await voucherCount(f), structures: (await f.sql(`SELECT count(*) FROM "FeeStructure"`)).rows[0].count }).toEqual(
      before,
    );
  });

  it('other bad arguments are refused before anything is posted', async () => {
    const s = c.studentIds[0];
    const before = await voucherCount(f);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ studentId: 'not-a-uuid' }, 'BAD_USER_INPUT', 'studentId'],
      [{ studentId: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND', ''],
      [{ idempotencyKey: '   ' }, 'BAD_USER_INPUT', 'idempotencyKey'],
      [{ idempotencyKey: 'k'.repeat(101) }, 'BAD_USER_INPUT', 'idempotencyKey'],
      [{ date: '2999-01-01' }, 'BAD_USER_INPUT', 'date'],
      [{ reference: 'r'.repeat(101) }, 'BAD_USER_INPUT', 'reference'],
    ];
    for (const [change, code, field] of cases) {
      const answer = await f.gql(accountant, PAY, { i: { studentId: s, amount: '1.00', mode: 'CASH', idempotencyKey: key(), ...change } });
      expectNoLeaks(answer);
      expect({ change, codes: answer.body.errors?.map((e: any) => e.extensions.code) }).toEqual({ change, codes: [code] });
      if (field) expect(answer.body.errors[0].extensions.field).toBe(field);
    }
    expect(await voucherCount(f)).toBe(before);
  });
});

describe('reads', () => {
  it("the ledger's running balance equals the sum of the student's FEE_RECEIVABLE lines, page after page", async () => {
    const s = c.studentIds[0];
    const q = `query($id: ID!, $after: String) { student(id: $id) { feeBalance ledger(first: 2, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { voucherNo kind date entryType amount balance narration receipt { voucherNo } } } } } }`;
    const entries: any[] = [];
    let after: string | null = null;
    let total: number;
    for (;;) {
      const page: any = (await f.ok(f.admin, q, { id: s, after })).student.ledger;
      total = page.totalCount;
      entries.push(...page.edges.map((e: any) => e.node));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
      expect(page.edges.at(-1).cursor).toBe(after);
    }
    expect(entries).toHaveLength(total);
    const { rows } = await f.sql(
      `SELECT l.amount::text AS amount FROM "FeeLedger" l JOIN "FeeVoucher" v ON v."voucherNo" = l."voucherNo"
       WHERE l."studentId" = $1 AND l.account = 'FEE_RECEIVABLE' ORDER BY l.date, l."createdAt", v.seq, l.id`,
      [s],
    );
    expect(entries.map((e) => (e.entryType === 'DR' ? e.amount : `-${e.amount}`))).toEqual(rows.map((r) => r.amount));
    // Running balance in paise, checked line by line; the last one is the balance.
    let running = 0n;
    for (const e of entries) {
      const paise = BigInt(e.amount.replace('.', ''));
      running += e.entryType === 'DR' ? paise : -paise;
      expect(BigInt(e.balance.replace('.', ''))).toBe(running);
      expect(e.receipt.voucherNo).toBe(e.voucherNo);
    }
    const balance = (await f.ok(f.admin, BALANCE, { id: s })).student.feeBalance;
    expect(entries.at(-1).balance).toBe(balance);
    expect(await receivableSum(s)).toBe(balance);
    // The backdated payment sorts by its date: first after nothing else dated before it.
    expect(entries[0]).toMatchObject({ date: '2025-03-03', kind: 'PAYMENT', entryType: 'CR', amount: '0.01', balance: '-0.01' });
  });

  it("a class's dues list: charged, paid, discounted, outstanding and overdue per student, totals, defaulters only, pages", async () => {
    const q = `query($c: ID!, $only: Boolean, $after: String, $asOf: Date) { classDues(classId: $c, onlyOverdue: $only, asOf: $asOf) {
      class { id } asOf onlyOverdue totals { charged paid discounted outstanding overdue defaulters }
      students(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { student { id admissionNo } charged paid discounted outstanding overdue } } } }`;
    const dues = (await f.ok(f.admin, q, { c: c.classId })).classDues;
    expect(dues).toMatchObject({ class: { id: c.classId }, asOf: schoolToday(), onlyOverdue: false });
    const page1 = dues.students;
    const page2 = (await f.ok(f.admin, q, { c: c.classId, after: page1.pageInfo.endCursor })).classDues.students;
    expect(page1.pageInfo.hasNextPage).toBe(true);
    expect(page2.pageInfo.hasNextPage).toBe(false);
    const lines = [...page1.nodes, ...page2.nodes];
    expect(lines.map((l: any) => l.student.id)).toEqual(c.studentIds);
    for (const l of lines) expect(l.outstanding).toBe(await balanceOf(f, l.student.id));
    // Student 1 paid 5000.25 + 0.01 + 100.00; student 2 got 500.50 off; 3 over-paid; 4's charge was waived.
    expect(lines.map((l: any) => [l.charged, l.paid, l.discounted, l.outstanding, l.overdue])).toEqual([
      ['12500.50', '5100.26', '0.00', '7400.24', '7400.24'],
      ['12500.50', '0.00', '500.50', '12000.00', '12000.00'],
      ['12500.50', '13000.75', '0.00', '-500.25', '0.00'],
      ['0.00', '0.00', '0.00', '0.00', '0.00'],
    ]);
    expect(dues.totals).toEqual({
      charged: '37501.50',
      paid: '18101.01',
      discounted: '500.50',
      outstanding: '18899.99',
      overdue: '19400.24',
      defaulters: 2,
    });
    expect(page1.totalCount).toBe(4);
    // Defaulters only; and on the due date itself nothing is overdue yet.
    const defaulters = (await f.ok(f.admin, q, { c: c.classId, only: true })).classDues;
    expect(defaulters.students.nodes.map((l: any) => l.student.id)).toEqual(c.studentIds.slice(0, 2));
    expect(defaulters.students.totalCount).toBe(2);
    expect(defaulters.totals).toMatchObject({ overdue: '19400.24', defaulters: 2 });
    const onDueDate = (await f.ok(f.admin, q, { c: c.classId, asOf: '2020-01-15' })).classDues;
    expect(onDueDate.totals.overdue).toBe('0.00');
    const unknown = await f.gql(f.admin, q, { c: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.body.errors.map((e: any) => e.extensions.code)).toEqual(['NOT_FOUND']);
  });

  it('the collection summary groups by day, mode and fee head (payments applied to the oldest dues first), computed in SQL', async () => {
    // The other school, so that no other test's payments are in its sums.
    const at = f.other;
    const admin = await f.member('SCHOOL_ADMIN', { school: at });
    const k = await seedClass(f, 'Collections', 2, at);
    const make = async (name: string, amount: string, dueDate: string) =>
      (
        await f.ok(admin, `mutation($i: CreateFeeStructureInput!) { createFeeStructure(input: $i) { id } }`, {
          i: { academicYearId: k.yearId, classId: k.classId, name, amount, dueDate },
        })
      ).createFeeStructure.id;
    const exam = await make('Exam', '500.00', '2025-02-01');
    const fees = await make('Tuition', '1000.00', '2025-01-01');
    for (const fs of [exam, fees]) await f.ok(admin, CHARGE, { fs, c: k.classId });
    const [a, b] = k.studentIds;
    const pay = async (studentId: string, amount: string, mode: string, date: string) =>
      (await f.ok(admin, PAY, { i: { studentId, amount, mode, date, idempotencyKey: `${studentId}-${amount}-${date}` } })).recordPayment;
    await pay(a, '1200.00', 'CASH', '2025-03-03'); // Tuition 1000 + Exam 200
    await pay(a, '400.00', 'BANK', '2025-03-04'); // Exam 300 + 100 advance
    const bounced = await pay(b, '50.00', 'CASH', '2025-03-04');
    await pay(b, '700.00', 'CASH', '2025-03-04'); // Tuition 700 (the bounced 50 is left out)
    await f.ok(admin, `mutation($i: GrantDiscountInput!) { grantDiscount(input: $i) { voucherNo } }`, {
      i: { studentId: b, amount: '300.00', reason: 'x', idempotencyKey: 'd' },
    });
    await f.ok(admin, REVERSE, { v: bounced.voucherNo, r: 'bounced' });

    const q = `query($from: Date!, $to: Date!) { feeCollectionSummary(from: $from, to: $to) {
      from to total byMode { mode amount payments } rows { date mode allocation feeHead amount vouchers } } }`;
    const summary = (await f.ok(admin, q, { from: '2025-03-01', to: '2025-03-31' })).feeCollectionSummary;
    expect(summary.rows).toEqual([
      { date: '2025-03-03', mode: 'CASH', allocation: 'FEE_HEAD', feeHead: 'Exam', amount: '200.00', vouchers: 1 },
      { date: '2025-03-03', mode: 'CASH', allocation: 'FEE_HEAD', feeHead: 'Tuition', amount: '1000.00', vouchers: 1 },
      { date: '2025-03-04', mode: 'CASH', allocation: 'FEE_HEAD', feeHead: 'Tuition', amount: '700.00', vouchers: 1 },
      { date: '2025-03-04', mode: 'CASH', allocation: 'REVERSED', feeHead: null, amount: '50.00', vouchers: 1 },
      { date: '2025-03-04', mode: 'BANK', allocation: 'ADVANCE', feeHead: null, amount: '100.00', vouchers: 1 },
      { date: '2025-03-04', mode: 'BANK', allocation: 'FEE_HEAD', feeHead: 'Exam', amount: '300.00', vouchers: 1 },
    ]);
    expect(summary.byMode).toEqual([
      { mode: 'CASH', amount: '1950.00', payments: 3 },
      { mode: 'BANK', amount: '400.00', payments: 1 },
    ]);
    expect(summary.total).toBe('2350.00');
    // The reversal takes the money back on its own day.
    const today = (await f.ok(admin, q, { from: schoolToday(), to: schoolToday() })).feeCollectionSummary;
    expect(today.rows).toEqual([
      { date: schoolToday(), mode: 'CASH', allocation: 'REVERSED', feeHead: null, amount: '-50.00', vouchers: 1 },
    ]);
    expect(today.total).toBe('-50.00');
    const tooLong = await f.gql(admin, q, { from: '2024-01-01', to: '2025-03-31' });
    expect(tooLong.body.errors.map((e: any) => e.extensions.code)).toEqual(['BAD_USER_INPUT']);
    expect(await unbalancedVouchers(f, at)).toEqual([]);
  });

  it('every voucher of the school is balanced (checked in SQL)', async () => {
    expect(await unbalancedVouchers(f)).toEqual([]);
  });
});
