/**
 * No write lands after the client was told "unavailable, try again": with finance hung (SIGSTOP)
 * while a payment and a fee structure are sent, the gateway answers SUBGRAPH_UNAVAILABLE at its
 * time limit; when finance resumes (SIGCONT) it reads those requests past the deadline the
 * gateway sent with them, and starts nothing. The client's retry with the same idempotency key
 * then posts the payment exactly once. Real processes (bundles), real PostgreSQL.
 */
import pg from 'pg';
import { createTestEstate, databaseUrl, startProcessStack, testAdminUrl, type ProcessStack, type TestEstate } from '@syncad/test-support';

const TIMEOUT_MS = 1_000;

let estate: TestEstate;
let stack: ProcessStack;
let token: string;
let school: pg.Client;
let studentId: string;
let yearId: string;

beforeAll(async () => {
  estate = await createTestEstate({ schools: 1 });
  stack = await startProcessStack(estate, {
    subgraphs: ['identity', 'academics', 'finance'],
    env: { SYNCAD_SUBGRAPH_TIMEOUT_MS: String(TIMEOUT_MS) },
  });
  const [first] = estate.schools;
  token = await stack.login(first.users.SCHOOL_ADMIN.email, estate.password, first.subdomain);
  school = new pg.Client({ connectionString: databaseUrl(testAdminUrl(), first.databaseName) });
  await school.connect();
  const y = new Date().getFullYear();
  const year = await stack.graphql(
    'mutation($i: CreateAcademicYearInput!) { createAcademicYear(input: $i) { id } }',
    { i: { name: `${y}-late`, startDate: `${y - 1}-01-01`, endDate: `${y + 1}-12-31`, isCurrent: true } },
    token,
  );
  yearId = year.body.data.createAcademicYear.id;
  const student = await stack.graphql('mutation { createStudent(input: { admissionNo: "LATE-1", firstName: "Late" }) { id } }', {}, token);
  studentId = student.body.data.createStudent.id;
}, 120_000);

afterAll(async () => {
  await school?.end();
  await stack?.stop();
  await estate?.drop();
});

const PAY = 'mutation($i: RecordPaymentInput!) { recordPayment(input: $i) { voucherNo amount } }';
const STRUCTURE = 'mutation($i: CreateFeeStructureInput!) { createFeeStructure(input: $i) { id } }';
const count = async (sql: string, params: unknown[]) => Number((await school.query(sql, params)).rows[0].n);

test('writes sent while finance hangs never land after the gateway answered; the retry posts exactly once', async () => {
  const payment = { studentId, amount: '125.50', mode: 'CASH', idempotencyKey: 'late-payment-1' };
  const structure = { academicYearId: yearId, name: 'Sent while hung', amount: '10.00', dueDate: `${new Date().getFullYear()}-06-30` };
  stack.services.finance.signal('SIGSTOP');
  try {
    const answers = await Promise.all([stack.graphql(PAY, { i: payment }, token), stack.graphql(STRUCTURE, { i: structure }, token)]);
    for (const answer of answers)
      expect(answer.body.errors).toEqual([
        expect.objectContaining({ extensions: expect.objectContaining({ code: 'SUBGRAPH_UNAVAILABLE' }) }),
      ]);
  } finally {
    stack.services.finance.signal('SIGCONT');
  }
  // Finance reads both requests now, past their deadline: give it ample time to (not) write them.
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  expect(await count(`SELECT count(*) AS n FROM "FeeVoucher" WHERE "idempotencyKey" = $1`, [payment.idempotencyKey])).toBe(0);
  expect(await count(`SELECT count(*) AS n FROM "FeeStructure" WHERE name = $1`, [structure.name])).toBe(0);
  // Finance logged them as refused for lateness, not as failures of its own.
  expect(stack.services.finance.logs().filter((l) => l.level === 'error')).toEqual([]);

  // The client retries with the same key: posted once, and a second retry answers the same voucher.
  const retried = await stack.graphql(PAY, { i: payment }, token);
  expect(retried.body.errors).toBeUndefined();
  const again = await stack.graphql(PAY, { i: payment }, token);
  expect(again.body.data.recordPayment).toEqual(retried.body.data.recordPayment);
  expect(await count(`SELECT count(*) AS n FROM "FeeVoucher" WHERE "idempotencyKey" = $1`, [payment.idempotencyKey])).toBe(1);
}, 60_000);
