/**
 * Who may do what: the gateway's module flags (an accountant posts but cannot reverse, a teacher
 * cannot post), a STUDENT's own balance, ledger and receipts only, and ids from another school
 * (NOT_FOUND, nothing changed there or here).
 */
import type { Member } from '@syncad/test-support';
import { expectNoLeaks, expectOneError } from '@syncad/test-support';
import {
  CHARGE,
  PAY,
  REVERSE,
  createStructure,
  seedClass,
  startFinanceFixture,
  type FinanceFixture,
  type SeededClass,
} from './support/financeFixture';

let f: FinanceFixture;
let c: SeededClass;
let fs: string;
let accountant: Member;
let mine: string;
let peer: string;
let myPayment: string;
let peerPayment: string;

const codes = (answer: { body: any }) => (answer.body.errors ?? []).map((e: any) => e.extensions?.code);

async function ledgerState(at = f.school) {
  const { rows } = await f.sql(
    `SELECT (SELECT count(*)::int FROM "FeeVoucher") AS vouchers, (SELECT count(*)::int FROM "FeeLedger") AS lines,
            (SELECT coalesce(sum("lastNo"), 0)::int FROM "FeeVoucherCounter") AS numbers,
            (SELECT string_agg(name || ':' || amount, ',' ORDER BY id) FROM "FeeStructure") AS structures`,
    [],
    at,
  );
  return rows[0];
}

beforeAll(async () => {
  f = await startFinanceFixture();
  accountant = await f.member('ACCOUNTANT');
  c = await seedClass(f, 'Grade 4', 3);
  [mine, peer] = c.studentIds;
  fs = await createStructure(f, c, 'Tuition', '4000.00');
  await f.ok(accountant, CHARGE, { fs, c: c.classId });
  myPayment = (await f.ok(accountant, PAY, { i: { studentId: mine, amount: '1000.00', mode: 'CASH', idempotencyKey: 'mine' } }))
    .recordPayment.voucherNo;
  peerPayment = (await f.ok(accountant, PAY, { i: { studentId: peer, amount: '1500.00', mode: 'BANK', idempotencyKey: 'peer' } }))
    .recordPayment.voucherNo;
});
afterAll(() => f?.close());

describe('module flags at the gateway', () => {
  it('an accountant reversing a voucher: HTTP 403 FORBIDDEN naming fee:delete, nothing posted', async () => {
    const before = await ledgerState();
    const answer = await f.gql(accountant, REVERSE, { v: myPayment, r: 'oops' });
    const error = expectOneError(answer, 403, 'FORBIDDEN');
    expect(error.extensions.missing).toEqual([{ module: 'fee', action: 'delete', paths: ['reverseVoucher'] }]);
    expect(error.message).toMatch(/fee:delete/);
    const remove = expectOneError(
      await f.gql(accountant, `mutation($id: ID!) { removeFeeStructure(input: { id: $id }) }`, { id: fs }),
      403,
      'FORBIDDEN',
    );
    expect(remove.extensions.missing).toEqual([{ module: 'fee', action: 'delete', paths: ['removeFeeStructure'] }]);
    expect(await ledgerState()).toEqual(before);
  });

  it('a teacher recording a payment: HTTP 403 FORBIDDEN naming fee:write; reading balances needs fee:read', async () => {
    const teacher = await f.member('TEACHER');
    const before = await ledgerState();
    const answer = await f.gql(teacher, PAY, { i: { studentId: mine, amount: '1.00', mode: 'CASH', idempotencyKey: 'teacher' } });
    const error = expectOneError(answer, 403, 'FORBIDDEN');
    // The teacher has no fee:read either, so the receipt's fields are listed too.
    expect(error.extensions.missing).toEqual(expect.arrayContaining([{ module: 'fee', action: 'write', paths: ['recordPayment'] }]));
    expect(error.message).toMatch(/fee:write/);
    const read = expectOneError(
      await f.gql(teacher, `query($id: ID!) { student(id: $id) { fullName feeBalance } }`, { id: mine }),
      403,
      'FORBIDDEN',
    );
    expect(read.extensions.missing).toEqual([{ module: 'fee', action: 'read', paths: ['student.feeBalance'] }]);
    expect(await ledgerState()).toEqual(before);
    // The same teacher reads the student without the fee field.
    expect(await f.ok(teacher, `query($id: ID!) { student(id: $id) { id } }`, { id: mine })).toEqual({ student: { id: mine } });
  });

  it('a subgraph called without the gateway’s signed context answers nothing', async () => {
    const answer = await f.direct('finance', 'unsigned', `{ feeStructures { totalCount } }`);
    expect(answer.status).toBe(401);
    expect(answer.body.data ?? null).toBeNull();
  });
});

describe('a STUDENT sees only their own', () => {
  let pupil: Member;
  beforeAll(async () => {
    pupil = await f.member('STUDENT');
    await f.sql(`UPDATE "Student" SET "userId" = $1 WHERE id = $2`, [pupil.userId, mine]);
  });

  it('reads their own balance, ledger and receipt', async () => {
    const data = await f.ok(
      pupil,
      `query($me: ID!, $v: String!) { student(id: $me) { feeBalance ledger { totalCount nodes { voucherNo balance receipt { voucherNo student { id } } } } }
        receipt(voucherNo: $v) { voucherNo amount student { id } } }`,
      { me: mine, v: myPayment },
    );
    expect(data.student.feeBalance).toBe('3000.00');
    expect(data.student.ledger.totalCount).toBe(2);
    expect(data.student.ledger.nodes.map((n: any) => n.balance)).toEqual(['4000.00', '3000.00']);
    expect(data.receipt).toEqual({ voucherNo: myPayment, amount: '1000.00', student: { id: mine } });
  });

  it("gets nothing of another student's: balance, ledger, receipt, dues line", async () => {
    const answer = await f.gql(
      pupil,
      `query($peer: ID!, $v: String!, $c: ID!) { student(id: $peer) { feeBalance ledger { totalCount } }
        receipt(voucherNo: $v) { voucherNo amount }
        classDues(classId: $c) { totals { charged paid outstanding defaulters } students { totalCount nodes { student { id } outstanding } } } }`,
      { peer, v: peerPayment, c: c.classId },
    );
    expectNoLeaks(answer);
    expect(answer.body).toEqual({
      data: {
        student: null,
        receipt: null,
        classDues: {
          totals: { charged: '4000.00', paid: '1000.00', outstanding: '3000.00', defaulters: 1 },
          students: { totalCount: 1, nodes: [{ student: { id: mine }, outstanding: '3000.00' }] },
        },
      },
    });
  });

  it('is refused the school-wide collection summary and every posting', async () => {
    const summary = await f.gql(pupil, `{ feeCollectionSummary(from: "2025-01-01", to: "2025-01-31") { total } }`);
    expect(codes(summary)).toEqual(['FORBIDDEN']);
    expect(summary.body.data).toEqual({ feeCollectionSummary: null });
    const pay = expectOneError(
      await f.gql(pupil, PAY, { i: { studentId: mine, amount: '1.00', mode: 'CASH', idempotencyKey: 'pupil' } }),
      403,
      'FORBIDDEN',
    );
    expect(pay.extensions.missing).toEqual([{ module: 'fee', action: 'write', paths: ['recordPayment'] }]);
  });

  it('asked directly as the gateway would, the subgraph still scopes entity references, receipts and mutations', async () => {
    const caller = {
      userId: pupil.userId,
      sessionId: pupil.sessionId,
      schoolId: f.school.id,
      roleId: f.school.roles.STUDENT,
      roleName: 'STUDENT',
      selfScoped: true,
    };
    const entities = await f.direct(
      'finance',
      caller,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Student { id feeBalance } } }`,
      {
        r: [
          { __typename: 'Student', id: mine },
          { __typename: 'Student', id: peer },
        ],
      },
    );
    expect(entities.body).toEqual({ data: { _entities: [{ id: mine, feeBalance: '3000.00' }, null] } });
    const receipt = await f.direct('finance', caller, `query($v: String!) { receipt(voucherNo: $v) { voucherNo } }`, { v: peerPayment });
    expect(receipt.body).toEqual({ data: { receipt: null } });
    const before = await ledgerState();
    const pay = await f.direct('finance', caller, PAY, { i: { studentId: mine, amount: '1.00', mode: 'CASH', idempotencyKey: 'direct' } });
    expect(codes(pay)).toEqual(['FORBIDDEN']);
    expect(await ledgerState()).toEqual(before);
  });
});

describe("another school's ids", () => {
  it('are NOT_FOUND and change nothing, there or here', async () => {
    const otherAdmin = await f.member('SCHOOL_ADMIN', { school: f.other });
    const theirs = await seedClass(f, 'Grade 4', 1, f.other);
    const theirFs = (
      await f.ok(otherAdmin, `mutation($i: CreateFeeStructureInput!) { createFeeStructure(input: $i) { id } }`, {
        i: { academicYearId: theirs.yearId, classId: theirs.classId, name: 'Their tuition', amount: '700.00', dueDate: '2030-01-01' },
      })
    ).createFeeStructure.id;
    await f.ok(otherAdmin, CHARGE, { fs: theirFs, c: theirs.classId });
    // Their records by plain key (their global ids do not even open here: gateway/test/globalIds.test.ts).
    const o = { classId: f.keyOf(theirs.classId), yearId: f.keyOf(theirs.yearId) };
    const otherFs = f.keyOf(theirFs);
    const otherStudent = f.keyOf(theirs.studentIds[0]);
    const there = await ledgerState(f.other);
    const here = await ledgerState();

    const attempts: [string, Record<string, unknown>][] = [
      [PAY, { i: { studentId: otherStudent, amount: '10.00', mode: 'CASH', idempotencyKey: 'cross-1' } }],
      [
        `mutation($i: GrantDiscountInput!) { grantDiscount(input: $i) { voucherNo } }`,
        { i: { studentId: otherStudent, amount: '10.00', reason: 'x', idempotencyKey: 'cross-2' } },
      ],
      [CHARGE, { fs: otherFs, c: c.classId }],
      [CHARGE, { fs, c: o.classId }],
      [`mutation($id: ID!) { updateFeeStructure(input: { id: $id, amount: "1.00" }) { id } }`, { id: otherFs }],
      [`mutation($id: ID!) { removeFeeStructure(input: { id: $id }) }`, { id: otherFs }],
      [
        `mutation($i: CreateFeeStructureInput!) { createFeeStructure(input: $i) { id } }`,
        { i: { academicYearId: o.yearId, name: 'x', amount: '1.00', dueDate: '2030-01-01' } },
      ],
      [`query($c: ID!) { classDues(classId: $c) { asOf } }`, { c: o.classId }],
    ];
    for (const [query, variables] of attempts) {
      const answer = await f.gql(f.admin, query, variables);
      expectNoLeaks(answer);
      expect({ query, codes: codes(answer) }).toEqual({ query, codes: ['NOT_FOUND'] });
    }
    const reads = await f.ok(f.admin, `query($id: ID!, $s: ID!) { feeStructure(id: $id) { id } student(id: $s) { feeBalance } }`, {
      id: otherFs,
      s: otherStudent,
    });
    expect(reads).toEqual({ feeStructure: null, student: null });
    expect(await ledgerState(f.other)).toEqual(there);
    expect(await ledgerState()).toEqual(here);
  });
});
