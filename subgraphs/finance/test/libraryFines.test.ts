/**
 * Overdue library fines: the library assesses the fine with the return, finance charges it to the
 * student's ledger through its own API (never the library writing the ledger), once per issue,
 * however often it is asked; a fine finance could not take waits and is charged later. The field
 * finance gives the library is not in the API and refuses any caller but the library.
 */
import { addDays } from '@syncad/subgraph-kit';
import { INTERNAL_CONTEXT_HEADER, signInternalContext } from '@syncad/platform';
import { postJson, type Member } from '@syncad/test-support';
import { seedClass, schoolToday, startFinanceFixture, type FinanceFixture, type SeededClass } from './support/financeFixture';

let f: FinanceFixture;
let c: SeededClass;
let librarian: Member;
let copyIds: string[];

const RETURN = `mutation($i: ReturnBookInput!) { returnBook(input: $i) { id returnedOn fine { amount daysLate voucherNo } } }`;
const LEDGER = `query($s: ID!) { student(id: $s) { feeBalance ledger { nodes { voucherNo kind amount entryType narration receipt { lines { account entryType amount } postedBy { id } } } } } }`;
const CHARGE_FINE = `mutation($i: ChargeLibraryFinesInput!) { chargeLibraryFines(input: $i) { voucherNo amount } }`;

function codes(answer: { body: { errors?: { extensions?: { code?: string } }[] } }): (string | undefined)[] {
  return (answer.body.errors ?? []).map((e) => e.extensions?.code);
}

/** Issues copy `copy` to student `student` from `issuedDaysAgo`, due `dueDaysAgo` days ago. */
async function issue(copy: number, student: number, issuedDaysAgo: number, dueDaysAgo: number): Promise<string> {
  const today = schoolToday();
  const data = await f.ok(librarian, `mutation($i: IssueBookInput!) { issueBook(input: $i) { id } }`, {
    i: {
      bookCopyId: copyIds[copy],
      studentId: c.studentIds[student],
      issuedOn: addDays(today, -issuedDaysAgo),
      dueDate: addDays(today, -dueDaysAgo),
    },
  });
  return data.issueBook.id;
}

beforeAll(async () => {
  f = await startFinanceFixture();
  c = await seedClass(f, 'Grade 9', 2);
  librarian = await f.member('LIBRARIAN');
  const book = await f.ok(librarian, `mutation { createBook(input: { title: "The Guide", author: "R. K. Narayan" }) { id } }`);
  copyIds = [];
  for (const accessionNo of ['FINE-1', 'FINE-2', 'FINE-3']) {
    const copy = await f.ok(librarian, `mutation($i: AddBookCopyInput!) { addBookCopy(input: $i) { id } }`, {
      i: { bookId: book.createBook.id, accessionNo },
    });
    copyIds.push(copy.addBookCopy.id);
  }
});
afterAll(() => f?.close());

it('has no fine until the school sets a daily rate; the rate is exact, bounded and needs library:write', async () => {
  expect(await f.ok(librarian, `{ librarySettings { finePerDay } }`)).toEqual({ librarySettings: { finePerDay: '0.00' } });
  const free = await issue(0, 0, 10, 3);
  const returned = await f.ok(librarian, RETURN, { i: { issueId: free } });
  expect(returned.returnBook.fine).toBeNull();

  for (const bad of ['-1.00', '10000.01', '1.005']) {
    const answer = await f.gql(librarian, `mutation($r: Decimal!) { updateLibrarySettings(input: { finePerDay: $r }) { finePerDay } }`, {
      r: bad,
    });
    expect(codes(answer)).toEqual(['BAD_USER_INPUT']);
  }
  const accountant = await f.member('ACCOUNTANT');
  const refused = await f.gql(accountant, `mutation { updateLibrarySettings(input: { finePerDay: "9.00" }) { finePerDay } }`);
  expect(codes(refused)).toEqual(['FORBIDDEN']);
  const set = await f.ok(librarian, `mutation { updateLibrarySettings(input: { finePerDay: "2.50" }) { finePerDay } }`);
  expect(set.updateLibrarySettings.finePerDay).toBe('2.50');
});

it('a late return charges days late x rate to the student’s ledger through finance, once; an on-time return charges nothing', async () => {
  const late = await issue(0, 0, 20, 6);
  const returned = await f.ok(librarian, RETURN, { i: { accessionNo: 'FINE-1' } });
  expect(returned.returnBook).toMatchObject({ id: late, fine: { amount: '15.00', daysLate: 6 } });
  const { voucherNo } = returned.returnBook.fine;
  expect(voucherNo).toMatch(/^\d{4}-\d{2}\/\d{6}$/);

  const ledger = await f.ok(f.admin, LEDGER, { s: c.studentIds[0] });
  expect(ledger.student.feeBalance).toBe('15.00');
  expect(ledger.student.ledger.nodes).toEqual([
    {
      voucherNo,
      kind: 'CHARGE',
      amount: '15.00',
      entryType: 'DR',
      narration: `Library fine: "The Guide" (copy FINE-1) returned ${schoolToday()}, 6 day(s) late`,
      receipt: {
        lines: [
          { account: 'FEE_RECEIVABLE', entryType: 'DR', amount: '15.00' },
          { account: 'FEE_INCOME', entryType: 'CR', amount: '15.00' },
        ],
        // Posted in the name of the librarian who took the return.
        postedBy: { id: expect.any(String) },
      },
    },
  ]);

  // Asked again (a retry of the library's call), finance answers the same voucher and posts nothing;
  // the same call signed as the gateway signs (no calling service) is refused.
  const [user] = (await f.centralSql(`SELECT id FROM "User" WHERE email = $1`, [librarian.email])).rows;
  const call = { i: { fines: [{ studentId: c.studentIds[0], issueId: late, amount: '15.00', narration: 'again' }] } };
  const retry = await asLibrary(user.id, CHARGE_FINE, call);
  expect(retry.body).toEqual({ data: { chargeLibraryFines: [{ voucherNo, amount: '15.00' }] } });
  expect(codes(await f.direct('finance', callerOf(user.id), CHARGE_FINE, call))).toEqual(['FORBIDDEN']);
  const vouchers = await f.sql(`SELECT count(*)::int AS n FROM "FeeVoucher" WHERE "studentId" = $1`, [c.studentIds[0]]);
  expect(vouchers.rows).toEqual([{ n: 1 }]);

  const onTime = await issue(1, 1, 5, 0);
  expect((await f.ok(librarian, RETURN, { i: { issueId: onTime } })).returnBook.fine).toBeNull();
  expect((await f.ok(f.admin, LEDGER, { s: c.studentIds[1] })).student.ledger.nodes).toEqual([]);
});

it('is not in the API: the gateway knows neither chargeLibraryFines nor its input types', async () => {
  const viaGateway = await f.gql(f.admin, CHARGE_FINE, {
    i: { fines: [{ studentId: c.studentIds[1], issueId: c.studentIds[1], amount: '1.00', narration: 'x' }] },
  });
  expect(new Set(codes(viaGateway))).toEqual(new Set(['GRAPHQL_VALIDATION_FAILED']));
  expect((await f.ok(f.admin, LEDGER, { s: c.studentIds[1] })).student.ledger.nodes).toEqual([]);
});

it('a fine finance cannot take waits, shown pending, and is charged once when asked again', async () => {
  const financeUrl = f.stack.peerUrls.finance;
  const late = await issue(2, 1, 9, 4);
  f.stack.peerUrls.finance = 'http://127.0.0.1:1/';
  try {
    const returned = await f.ok(librarian, RETURN, { i: { issueId: late } });
    expect(returned.returnBook.fine).toEqual({ amount: '10.00', daysLate: 4, voucherNo: null });
    expect(await f.ok(librarian, `mutation { postPendingLibraryFines }`)).toEqual({ postPendingLibraryFines: 0 });
  } finally {
    f.stack.peerUrls.finance = financeUrl;
  }
  expect((await f.ok(f.admin, LEDGER, { s: c.studentIds[1] })).student.ledger.nodes).toEqual([]);

  expect(await f.ok(librarian, `mutation { postPendingLibraryFines }`)).toEqual({ postPendingLibraryFines: 1 });
  expect(await f.ok(librarian, `mutation { postPendingLibraryFines }`)).toEqual({ postPendingLibraryFines: 0 });

  // Several waiting fines go in one call to finance and one statement recording their vouchers.
  f.stack.peerUrls.finance = 'http://127.0.0.1:1/';
  try {
    for (const copy of [1, 2]) {
      const id = await issue(copy, 0, 6, 2);
      await f.ok(librarian, RETURN, { i: { issueId: id } });
    }
  } finally {
    f.stack.peerUrls.finance = financeUrl;
  }
  const statements = await f.statements(async () =>
    expect(await f.ok(librarian, `mutation { postPendingLibraryFines }`)).toEqual({ postPendingLibraryFines: 2 }),
  );
  expect(statements.filter((q) => /UPDATE "LibraryBookIssue"/.test(q))).toHaveLength(1);
  const ledger = await f.ok(f.admin, LEDGER, { s: c.studentIds[1] });
  expect(ledger.student.feeBalance).toBe('10.00');
  expect(ledger.student.ledger.nodes).toHaveLength(1);
  const issueNow = await f.ok(
    librarian,
    `query($s: ID!) { student(id: $s) { libraryIssues(openOnly: false) { nodes { id fine { voucherNo } } } } }`,
    {
      s: c.studentIds[1],
    },
  );
  const fined = issueNow.student.libraryIssues.nodes.find((n: { id: string }) => n.id === late);
  expect(fined.fine.voucherNo).toBe(ledger.student.ledger.nodes[0].voucherNo);
});

/** POSTs to finance as the academics subgraph does on a caller's behalf. */
function asLibrary(userId: string, query: string, variables: Record<string, unknown>) {
  const context = signInternalContext({ caller: callerOf(userId), hostSchool: null, service: 'academics' }, f.stack.internalKey);
  return postJson(f.stack.subgraphUrls.finance, { query, variables }, { [INTERNAL_CONTEXT_HEADER]: context });
}

/** The signed caller the gateway would send for a user of the school (here: not the library's service call). */
function callerOf(userId: string) {
  return { userId, sessionId: userId, schoolId: f.school.id, roleId: userId, roleName: 'LIBRARIAN', selfScoped: false };
}

it('a return sent with an Idempotency-Key (one transaction) has its fine charged once it commits; a replay charges nothing more', async () => {
  const late = await issue(0, 1, 3, 1);
  const send = () => f.gql(librarian, RETURN, { i: { issueId: late } }, { 'idempotency-key': `return-${late}` });
  const first = await send();
  // The answer is made before the commit: the fine reads as waiting there, and is charged right after.
  expect(first.body.data.returnBook.fine).toEqual({ amount: '2.50', daysLate: 1, voucherNo: null });
  const charged = await f.sql(`SELECT "voucherNo", narration FROM "FeeVoucher" WHERE "idempotencyKey" = $1`, [
    `library-fine:${f.keyOf(late)}`,
  ]);
  expect(charged.rows).toEqual([{ voucherNo: expect.any(String), narration: expect.stringContaining('copy FINE-1') }]);
  expect((await send()).body).toEqual(first.body);
  const ledger = await f.ok(f.admin, LEDGER, { s: c.studentIds[1] });
  expect(ledger.student.feeBalance).toBe('12.50');
});
