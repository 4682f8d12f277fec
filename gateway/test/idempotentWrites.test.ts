/**
 * Every write a client may retry takes an Idempotency-Key header, through the real gateway and the
 * school subgraphs: the same request again answers the first answer and writes nothing more (in
 * sequence and at once), across subgraphs too; the same key for another request is CONFLICT with
 * nothing written; an attempt that failed stored nothing; keys belong to their caller; a
 * malformed key is refused.
 */
import { randomUUID } from 'node:crypto';
import { expectOneError, startSubgraphFixture, type Member, type SubgraphFixture } from '@syncad/test-support';

let f: SubgraphFixture;
let yearId: string;

const CREATE_STUDENT = 'mutation($i: CreateStudentInput!) { createStudent(input: $i) { id admissionNo } }';
const send = (who: Member, query: string, variables: Record<string, unknown>, key: string) =>
  f.gql(who, query, variables, { 'idempotency-key': key });
const countOf = async (sql: string, params: unknown[]) => Number((await f.sql(sql, params)).rows[0].n);

beforeAll(async () => {
  f = await startSubgraphFixture(['identity', 'academics', 'finance']);
  const y = new Date().getFullYear();
  yearId = (
    await f.ok(f.admin, 'mutation($i: CreateAcademicYearInput!) { createAcademicYear(input: $i) { id } }', {
      i: { name: `${y}-keys`, startDate: `${y - 1}-01-01`, endDate: `${y + 1}-12-31`, isCurrent: true },
    })
  ).createAcademicYear.id;
}, 60_000);
afterAll(() => f?.close());

test('the same request again, in sequence or at once, answers the first answer and writes once', async () => {
  const key = randomUUID();
  const input = { i: { admissionNo: 'IDEM-1', firstName: 'Once' } };
  const first = await send(f.admin, CREATE_STUDENT, input, key);
  expect(first.body.errors).toBeUndefined();
  const again = await send(f.admin, CREATE_STUDENT, input, key);
  expect(again.body).toEqual(first.body);

  const parallelKey = randomUUID();
  const parallel = await Promise.all(
    Array.from({ length: 6 }, () => send(f.admin, CREATE_STUDENT, { i: { admissionNo: 'IDEM-2', firstName: 'Racing' } }, parallelKey)),
  );
  expect(new Set(parallel.map((a) => JSON.stringify(a.body))).size).toBe(1);
  expect(parallel[0].body.errors).toBeUndefined();
  expect(await countOf(`SELECT count(*) AS n FROM "Student" WHERE "admissionNo" = ANY($1)`, [['IDEM-1', 'IDEM-2']])).toBe(2);
});

test('one key over two subgraphs: each writes once; a reversal retried answers the same reversal', async () => {
  const key = randomUUID();
  const both = `mutation($s: CreateStudentInput!, $f: CreateFeeStructureInput!) {
    createStudent(input: $s) { id } createFeeStructure(input: $f) { id } }`;
  const variables = {
    s: { admissionNo: 'IDEM-3', firstName: 'Both' },
    f: { academicYearId: yearId, name: 'Idempotent fee', amount: '99.00', dueDate: `${new Date().getFullYear()}-06-30` },
  };
  const first = await send(f.admin, both, variables, key);
  expect(first.body.errors).toBeUndefined();
  expect((await send(f.admin, both, variables, key)).body).toEqual(first.body);
  expect(await countOf(`SELECT count(*) AS n FROM "FeeStructure" WHERE name = $1`, ['Idempotent fee'])).toBe(1);

  // A payment, then its reversal with a key: the retry is the same reversal, not "already reversed".
  const studentId = first.body.data.createStudent.id;
  const paid = await f.ok(f.admin, 'mutation($i: RecordPaymentInput!) { recordPayment(input: $i) { voucherNo } }', {
    i: { studentId, amount: '5.00', mode: 'CASH', idempotencyKey: randomUUID() },
  });
  const reverse = 'mutation($v: String!) { reverseVoucher(input: { voucherNo: $v, reason: "typo" }) { voucherNo kind } }';
  const reverseKey = randomUUID();
  const reversal = await send(f.admin, reverse, { v: paid.recordPayment.voucherNo }, reverseKey);
  expect(reversal.body.data.reverseVoucher.kind).toBe('REVERSAL');
  expect((await send(f.admin, reverse, { v: paid.recordPayment.voucherNo }, reverseKey)).body).toEqual(reversal.body);
  expect(await countOf(`SELECT count(*) AS n FROM "FeeVoucher" WHERE kind = 'REVERSAL' AND "studentId" = $1`, [studentId])).toBe(1);
});

test('the same key for another request is CONFLICT; a failed attempt stores nothing; keys are per caller', async () => {
  const key = randomUUID();
  await send(f.admin, CREATE_STUDENT, { i: { admissionNo: 'IDEM-4', firstName: 'Kept' } }, key);
  const other = await send(f.admin, CREATE_STUDENT, { i: { admissionNo: 'IDEM-5', firstName: 'Other' } }, key);
  expect(other.body.errors.map((e: { extensions: { code: string } }) => e.extensions.code)).toEqual(['CONFLICT']);
  expect(other.body.errors[0].message).toMatch(/Idempotency-Key was used for another request/);
  expect(await countOf(`SELECT count(*) AS n FROM "Student" WHERE "admissionNo" = 'IDEM-5'`, [])).toBe(0);

  // A duplicate admission number fails: nothing is kept under the key, which then serves a good request.
  const failedKey = randomUUID();
  const failed = await send(f.admin, CREATE_STUDENT, { i: { admissionNo: 'IDEM-4', firstName: 'Duplicate' } }, failedKey);
  expect(failed.body.errors[0].extensions.code).toBe('CONFLICT');
  const reused = await send(f.admin, CREATE_STUDENT, { i: { admissionNo: 'IDEM-6', firstName: 'Fresh' } }, failedKey);
  expect(reused.body.errors).toBeUndefined();

  // Another caller's same key is theirs: it neither replays nor blocks the admin's.
  const registrar = await f.member('SCHOOL_ADMIN');
  const theirs = await send(registrar, CREATE_STUDENT, { i: { admissionNo: 'IDEM-7', firstName: 'Theirs' } }, key);
  expect(theirs.body.errors).toBeUndefined();
  expect(theirs.body.data.createStudent.admissionNo).toBe('IDEM-7');
});

test('a malformed key is refused before anything runs', async () => {
  for (const key of ['', 'x'.repeat(101), 'has space']) {
    const answer = await send(f.admin, CREATE_STUDENT, { i: { admissionNo: 'IDEM-8', firstName: 'Never' } }, key);
    expect(expectOneError(answer, 400, 'BAD_USER_INPUT').message).toMatch(/Idempotency-Key/);
  }
  expect(await countOf(`SELECT count(*) AS n FROM "Student" WHERE "admissionNo" = 'IDEM-8'`, [])).toBe(0);
});
