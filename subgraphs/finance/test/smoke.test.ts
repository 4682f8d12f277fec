import { startFinanceFixture, seedClass, createStructure, CHARGE, PAY, REVERSE, DISCOUNT, type FinanceFixture } from './support/financeFixture';

let f: FinanceFixture;
beforeAll(async () => {
  f = await startFinanceFixture();
});
afterAll(() => f?.close());

it('smoke', async () => {
  const c = await seedClass(f, 'Smoke', 3);
  const fs = await createStructure(f, c, 'Tuition', '1000.50');
  console.log(JSON.stringify(await f.gql(f.admin, CHARGE, { fs, c: c.classId })));
  console.log(JSON.stringify(await f.gql(f.admin, CHARGE, { fs, c: c.classId })));
  const p = await f.gql(f.admin, PAY, { i: { studentId: c.studentIds[0], amount: '300.25', mode: 'CASH', idempotencyKey: 'k1' } });
  console.log(JSON.stringify(p.body));
  console.log(JSON.stringify((await f.gql(f.admin, PAY, { i: { studentId: c.studentIds[0], amount: '300.25', mode: 'CASH', idempotencyKey: 'k1' } })).body));
  console.log(JSON.stringify((await f.gql(f.admin, PAY, { i: { studentId: c.studentIds[0], amount: '300.26', mode: 'CASH', idempotencyKey: 'k1' } })).body));
  console.log(JSON.stringify((await f.gql(f.admin, DISCOUNT, { i: { studentId: c.studentIds[0], amount: '100', reason: 'sibling', idempotencyKey: 'k2' } })).body));
  console.log(JSON.stringify((await f.gql(f.admin, REVERSE, { v: p.body.data.recordPayment.voucherNo, r: 'bounced' })).body));
  console.log(JSON.stringify((await f.gql(f.admin, REVERSE, { v: p.body.data.recordPayment.voucherNo, r: 'bounced' })).body));
  console.log(JSON.stringify((await f.gql(f.admin, `query($id: ID!, $c: ID!) { student(id: $id) { feeBalance ledger(first: 2) { totalCount pageInfo { hasNextPage endCursor } nodes { voucherNo kind entryType amount balance receipt { voucherNo reversedBy { voucherNo } } } } }
     classDues(classId: $c) { totalCount totals { charged paid discounted outstanding overdue defaulters } nodes { student { id admissionNo } charged paid discounted outstanding overdue } }
     feeCollectionSummary(from: "2020-01-01", to: "2030-01-01") { total byMode { mode amount payments } rows { date mode allocation feeHead amount vouchers } }
     feeStructures { totalCount nodes { name charged class { id name } academicYear { name } } }
   }`, { id: c.studentIds[0], c: c.classId })).body, null, 1));
});
