/**
 * Constant statement counts whatever the class size: balances for a 300-student roster are one
 * statement, ledgers for a page of students two, and charging a class of 300 is one transaction of
 * as many statements as a class of 10.
 */
import { CHARGE, createStructure, seedClass, startFinanceFixture, type FinanceFixture, type SeededClass } from './support/financeFixture';

let f: FinanceFixture;
let small: SeededClass;
let large: SeededClass;
const chargeStatements: string[][] = [];

const ledgerSql = (texts: string[]) => texts.filter((t) => t.includes('"FeeLedger"'));

beforeAll(async () => {
  f = await startFinanceFixture();
  small = await seedClass(f, 'Ten', 10);
  large = await seedClass(f, 'Three hundred', 300);
  for (const c of [small, large]) {
    const fs = await createStructure(f, c, 'Tuition', '1234.56');
    let answer: any;
    chargeStatements.push(await f.statements(async () => (answer = await f.ok(f.admin, CHARGE, { fs, c: c.classId }))));
    expect(answer.chargeFees.charged).toBe(c.studentIds.length);
  }
});
afterAll(() => f?.close());

it('charging 10 or 300 students takes the same statements, in one transaction', async () => {
  const [forSmall, forLarge] = chargeStatements;
  expect(forLarge.length).toBe(forSmall.length);
  const finance = forLarge.filter((t) => /FeeVoucherCounter|FeeStructure|FeeVoucher|begin|commit/i.test(t));
  expect(finance.filter((t) => /^begin/i.test(t))).toHaveLength(1);
  expect(finance.filter((t) => /^commit/i.test(t))).toHaveLength(1);
  expect((await f.sql(`SELECT count(*)::int AS n FROM "FeeVoucher" WHERE kind = 'CHARGE'`)).rows[0].n).toBe(310);
});

it('feeBalance for a roster of 10 or 300 students takes the same statements: the balances are one', async () => {
  const q = `query($c: ID!) { classRoster(classId: $c) { id admissionNo feeBalance } }`;
  const answers: any[] = [];
  // Warm: the academics subgraph's first use of the school's pool checks the connection once.
  await f.ok(f.admin, q, { c: small.classId });
  const forSmall = await f.statements(async () => void answers.push(await f.ok(f.admin, q, { c: small.classId })));
  const forLarge = await f.statements(async () => void answers.push(await f.ok(f.admin, q, { c: large.classId })));
  expect(answers[0].classRoster).toHaveLength(10);
  expect(answers[1].classRoster).toHaveLength(300);
  expect(answers[1].classRoster.every((s: any) => s.feeBalance === '1234.56')).toBe(true);
  expect(forLarge.length).toBe(forSmall.length);
  expect(ledgerSql(forSmall)).toHaveLength(1);
  expect(ledgerSql(forLarge)).toHaveLength(1);
});

it('ledgers for a page of 2 or 100 students take the same statements (a page and the counts)', async () => {
  const q = `query($c: ID!, $n: Int) { students(classId: $c, first: $n) { nodes { id feeBalance ledger(first: 5) { totalCount nodes { balance receipt { voucherNo } } } } } }`;
  const answers: any[] = [];
  const forTwo = await f.statements(async () => void answers.push(await f.ok(f.admin, q, { c: large.classId, n: 2 })));
  const forHundred = await f.statements(async () => void answers.push(await f.ok(f.admin, q, { c: large.classId, n: 100 })));
  expect(answers[1].students.nodes).toHaveLength(100);
  expect(answers[1].students.nodes.every((s: any) => s.ledger.totalCount === 1 && s.ledger.nodes[0].balance === '1234.56')).toBe(true);
  expect(forHundred.length).toBe(forTwo.length);
  // balances, the ledger page, its counts and the receipts: one statement each.
  expect(ledgerSql(forHundred)).toHaveLength(4);
});
