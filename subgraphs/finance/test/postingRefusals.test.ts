/**
 * Every refusal of the posting code to the letter (code, field and message, nothing posted), the
 * cases a charge must accept (a school-wide fee structure, books closed before today), and
 * closeBooks waiting for a posting in flight. The mutation test (`npm run test:mutation -- ledger`)
 * showed these were unchecked: a message or a field name could change unnoticed.
 */
import pg from 'pg';
import { databaseUrl, testAdminUrl, type Member } from '@syncad/test-support';
import {
  CHARGE,
  CREATE_STRUCTURE,
  PAY,
  createStructure,
  dayBefore,
  schoolToday,
  seedClass,
  startFinanceFixture,
  voucherCount,
  type FinanceFixture,
  type SeededClass,
} from './support/financeFixture';

let f: FinanceFixture;
let c: SeededClass;
let other: SeededClass;
let accountant: Member;
let keyNo = 0;
const key = () => `refusal-${++keyNo}`;
const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const CLOSE = `mutation($d: Date!) { closeBooks(input: { until: $d }) { closedUntil } }`;

/** The answer's one error (code, field, message), checking that nothing was posted. */
async function refusal(who: Member, query: string, variables: Record<string, unknown>) {
  const before = await voucherCount(f);
  const answer = await f.gql(who, query, variables);
  expect(answer.body.errors).toHaveLength(1);
  expect(await voucherCount(f)).toBe(before);
  const [error] = answer.body.errors;
  return { code: error.extensions.code, field: error.extensions.field ?? null, message: error.message as string };
}

const pay = (change: Record<string, unknown>) => ({
  i: { studentId: c.studentIds[0], amount: '10.00', mode: 'CASH', idempotencyKey: key(), ...change },
});

beforeAll(async () => {
  f = await startFinanceFixture();
  accountant = await f.member('ACCOUNTANT');
  c = await seedClass(f, 'Grade 2', 2);
  other = await seedClass(f, 'Grade 3', 1);
});
afterAll(() => f?.close());

test('money arguments name their field and the rule they break', async () => {
  expect(await refusal(accountant, PAY, pay({ amount: '0.00' }))).toEqual({
    code: 'BAD_USER_INPUT',
    field: 'amount',
    message: 'amount must be greater than 0',
  });
  expect(await refusal(accountant, PAY, pay({ amount: '10000000000.00' }))).toEqual({
    code: 'BAD_USER_INPUT',
    field: 'amount',
    message: 'amount must be below 10000000000',
  });
});

test('an unknown student is named; a key reused for another payment names its voucher', async () => {
  expect(await refusal(accountant, PAY, pay({ studentId: UNKNOWN }))).toMatchObject({
    code: 'NOT_FOUND',
    message: expect.stringContaining(`student ${UNKNOWN}`),
  });
  const first = pay({});
  const posted = (await f.ok(accountant, PAY, first)).recordPayment;
  expect(await refusal(accountant, PAY, { i: { ...first.i, amount: '11.00' } })).toEqual({
    code: 'CONFLICT',
    field: null,
    message: `idempotencyKey was already used for voucher ${posted.voucherNo} (another student, amount or mode): nothing was posted`,
  });
});

test("a charge refuses a malformed id, an unknown fee structure or class, and another class's structure, by name", async () => {
  const tuition = await createStructure(f, c, 'Tuition', '100.00');
  expect(await refusal(accountant, CHARGE, { fs: 'nope', c: c.classId })).toMatchObject({
    code: 'BAD_USER_INPUT',
    field: 'feeStructureId',
  });
  expect(await refusal(accountant, CHARGE, { fs: tuition, c: 'nope' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'classId' });
  expect(await refusal(accountant, CHARGE, { fs: UNKNOWN, c: c.classId })).toMatchObject({
    code: 'NOT_FOUND',
    message: expect.stringContaining(`fee structure ${UNKNOWN}`),
  });
  expect(await refusal(accountant, CHARGE, { fs: tuition, c: UNKNOWN })).toMatchObject({
    code: 'NOT_FOUND',
    message: expect.stringContaining(`class ${UNKNOWN}`),
  });
  expect(await refusal(accountant, CHARGE, { fs: tuition, c: other.classId })).toEqual({
    code: 'BAD_USER_INPUT',
    field: 'classId',
    message: 'fee structure "Tuition" is for another class',
  });
});

test('a school-wide fee structure charges any class that exists, and only one that exists', async () => {
  const wide = await f.ok(f.admin, CREATE_STRUCTURE, {
    i: { academicYearId: c.yearId, name: 'Annual day', amount: '25.00', dueDate: '2020-01-15' },
  });
  const id = wide.createFeeStructure.id as string;
  expect((await f.ok(accountant, CHARGE, { fs: id, c: other.classId })).chargeFees).toMatchObject({ charged: 1, amount: '25.00' });
  expect(await refusal(accountant, CHARGE, { fs: id, c: UNKNOWN })).toMatchObject({ code: 'NOT_FOUND' });
});

test('closeBooks waits for a posting in flight, may be repeated for the same day, and names its field when refused', async () => {
  const today = schoolToday();
  const yesterday = dayBefore(today);
  // A posting in flight holds its year's counter row (an UPDATE): closing must wait for it to commit.
  const inFlight = new pg.Client({ connectionString: databaseUrl(testAdminUrl(), f.school.databaseName) });
  await inFlight.connect();
  await inFlight.query('BEGIN');
  await inFlight.query(`UPDATE "FeeVoucherCounter" SET "lastNo" = "lastNo"`);
  let closed = false;
  const closing = f.ok(f.admin, CLOSE, { d: dayBefore(today, 3) }).then((data) => {
    closed = true;
    return data;
  });
  await new Promise((resolve) => setTimeout(resolve, 500));
  expect(closed).toBe(false);
  await inFlight.query('COMMIT');
  await inFlight.end();
  expect((await closing).closeBooks.closedUntil).toBe(dayBefore(today, 3));

  expect((await f.ok(f.admin, CLOSE, { d: yesterday })).closeBooks.closedUntil).toBe(yesterday);
  expect((await f.ok(f.admin, CLOSE, { d: yesterday })).closeBooks.closedUntil).toBe(yesterday);
  expect(await refusal(f.admin, CLOSE, { d: dayBefore(today, 2) })).toEqual({
    code: 'BAD_USER_INPUT',
    field: 'until',
    message: `the books are closed until ${yesterday} already: closed books never reopen`,
  });
  expect(await refusal(f.admin, CLOSE, { d: dayBefore(today, -1) })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'until' });

  // Closed until yesterday: today's charge still posts.
  const late = await createStructure(f, c, 'Late fee', '5.00');
  expect((await f.ok(accountant, CHARGE, { fs: late, c: c.classId })).chargeFees).toMatchObject({ charged: 2, date: today });
});

test('a voucher dated in no academic year, with none current, is refused naming the date', async () => {
  await f.sql(`UPDATE "AcademicYear" SET "isCurrent" = false`);
  expect(await refusal(accountant, PAY, pay({ date: '1999-06-01' }))).toEqual({
    code: 'BAD_USER_INPUT',
    field: 'date',
    message: '1999-06-01 falls in no academic year of the school and none is current: create the year first',
  });
});
