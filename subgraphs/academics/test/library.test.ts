/** Library: books, copies, issue/return, overdue; one copy is never out twice at once. */
import { randomUUID } from 'node:crypto';
import { schoolToday as today } from '@syncad/test-support';
import { startAcademicsFixture, type AcademicsFixture } from './support/academicsFixture';
import { seedClass, seedStudents } from './support/seed';

let f: AcademicsFixture;
let ids: string[];
let copyIds: string[];
const Y = new Date().getFullYear() - 1;
const ISSUE = `mutation($i: IssueBookInput!) { issueBook(input: $i) { id dueDate returnedOn overdue copy { accessionNo book { title } } student { id } } }`;

function codes(answer: { body: { errors?: { extensions?: { code?: string } }[] } }): (string | undefined)[] {
  return (answer.body.errors ?? []).map((e) => e.extensions?.code);
}

beforeAll(async () => {
  f = await startAcademicsFixture();
  ids = await seedStudents(f, await seedClass(f, 'Grade 7'), 2, 'G7');
  const book = await f.ok(f.admin, `mutation { createBook(input: { title: "Malgudi Days", author: "R. K. Narayan" }) { id } }`);
  copyIds = [];
  for (const accessionNo of ['LIB-1', 'LIB-2']) {
    const copy = await f.ok(f.admin, `mutation($i: AddBookCopyInput!) { addBookCopy(input: $i) { id } }`, {
      i: { bookId: book.createBook.id, accessionNo },
    });
    copyIds.push(copy.addBookCopy.id);
  }
});
afterAll(() => f?.close());

it('adds books and copies; a duplicate accession number is CONFLICT', async () => {
  const books = await f.ok(f.admin, `{ books { nodes { title copies { accessionNo } } } }`);
  expect(books.books.nodes).toEqual([{ title: 'Malgudi Days', copies: [{ accessionNo: 'LIB-1' }, { accessionNo: 'LIB-2' }] }]);
  const dup = await f.gql(f.admin, `mutation($b: ID!) { addBookCopy(input: { bookId: $b, accessionNo: "LIB-1" }) { id } }`, {
    b: randomUUID(),
  });
  expect(codes(dup)).toEqual(['NOT_FOUND']);
  const existing = (await f.sql(`SELECT "bookId" FROM "BookCopy" LIMIT 1`)).rows[0].bookId;
  const dup2 = await f.gql(f.admin, `mutation($b: ID!) { addBookCopy(input: { bookId: $b, accessionNo: "LIB-1" }) { id } }`, {
    b: existing,
  });
  expect(codes(dup2)).toEqual(['CONFLICT']);
});

it('issues a copy once; issuing it again while out is CONFLICT; after return it can go again', async () => {
  const first = await f.ok(f.admin, ISSUE, {
    i: { bookCopyId: copyIds[0], studentId: ids[0], issuedOn: `${Y}-02-01`, dueDate: `${Y}-02-15` },
  });
  expect(first.issueBook).toMatchObject({
    dueDate: `${Y}-02-15`,
    returnedOn: null,
    overdue: true,
    copy: { accessionNo: 'LIB-1', book: { title: 'Malgudi Days' } },
  });
  const again = await f.gql(f.admin, ISSUE, { i: { bookCopyId: copyIds[0], studentId: ids[1], dueDate: today() } });
  expect(codes(again)).toEqual(['CONFLICT']);
  expect(again.body.errors![0].message).toContain('LIB-1');

  const overdue = await f.ok(f.admin, `{ overdueIssues { nodes { id student { id } } } }`);
  expect(overdue.overdueIssues.nodes).toEqual([{ id: first.issueBook.id, student: { id: ids[0] } }]);
  const current = await f.ok(f.admin, `query($s: ID!) { student(id: $s) { libraryIssues { nodes { id } } } }`, { s: ids[0] });
  expect(current.student.libraryIssues.nodes).toEqual([{ id: first.issueBook.id }]);

  const returned = await f.ok(
    f.admin,
    `mutation($id: ID!) { returnBook(input: { issueId: $id, returnedOn: "${Y}-02-20" }) { returnedOn overdue } }`,
    {
      id: first.issueBook.id,
    },
  );
  expect(returned.returnBook).toEqual({ returnedOn: `${Y}-02-20`, overdue: false });
  expect(
    codes(await f.gql(f.admin, `mutation($id: ID!) { returnBook(input: { issueId: $id }) { id } }`, { id: first.issueBook.id })),
  ).toEqual(['CONFLICT']);
  const after = await f.ok(
    f.admin,
    `query($s: ID!) { student(id: $s) { open: libraryIssues { nodes { id } } all: libraryIssues(openOnly: false) { nodes { id } } } }`,
    { s: ids[0] },
  );
  expect(after.student).toEqual({ open: { nodes: [] }, all: { nodes: [{ id: first.issueBook.id }] } });
  const reissue = await f.ok(f.admin, ISSUE, { i: { bookCopyId: copyIds[0], studentId: ids[1], dueDate: `${Y + 5}-01-01` } });
  expect(reissue.issueBook.overdue).toBe(false);
});

it('two concurrent issues of one copy, 8 times over: exactly one wins, the other a clear CONFLICT', async () => {
  for (let round = 0; round < 8; round++) {
    const answers = await Promise.all(
      ids.map((studentId) => f.gql(f.admin, ISSUE, { i: { bookCopyId: copyIds[1], studentId, dueDate: `${Y + 5}-01-01` } })),
    );
    const won = answers.filter((a) => !a.body.errors);
    expect(won).toHaveLength(1);
    expect(answers.flatMap(codes)).toEqual(['CONFLICT']);
    const out = await f.sql(`SELECT count(*)::int AS n FROM "LibraryBookIssue" WHERE "bookCopyId" = $1 AND "returnedOn" IS NULL`, [
      copyIds[1],
    ]);
    expect(out.rows[0].n).toBe(1);
    // Returned, the copy races again next round.
    await f.ok(f.admin, `mutation($id: ID!) { returnBook(input: { issueId: $id }) { id } }`, { id: won[0].body.data.issueBook.id });
  }
});

it('refuses unknown copies and students, bad dates', async () => {
  expect(codes(await f.gql(f.admin, ISSUE, { i: { bookCopyId: randomUUID(), studentId: ids[0], dueDate: today() } }))).toEqual([
    'NOT_FOUND',
  ]);
  expect(codes(await f.gql(f.admin, ISSUE, { i: { bookCopyId: copyIds[0], studentId: randomUUID(), dueDate: today() } }))).toEqual([
    'NOT_FOUND',
  ]);
  expect(
    codes(
      await f.gql(f.admin, ISSUE, {
        i: { bookCopyId: copyIds[0], studentId: ids[0], issuedOn: `${Y + 9}-01-01`, dueDate: `${Y + 9}-02-01` },
      }),
    ),
  ).toEqual(['BAD_USER_INPUT']);
  expect(
    codes(await f.gql(f.admin, ISSUE, { i: { bookCopyId: copyIds[0], studentId: ids[0], issuedOn: `${Y}-02-01`, dueDate: `${Y}-01-01` } })),
  ).toEqual(['BAD_USER_INPUT']);
  expect(codes(await f.gql(f.admin, `mutation { returnBook(input: { issueId: "${randomUUID()}" }) { id } }`))).toEqual(['NOT_FOUND']);
});

it('finds a title by id or by a search of title, author or ISBN; corrects its details', async () => {
  const made = await f.ok(
    f.admin,
    `mutation { createBook(input: { title: "Wings of Fire", author: "A. P. J. Abdul Kalam", isbn: "978-81-7371-146-6" }) { id } }`,
  );
  const id = made.createBook.id;
  expect((await f.ok(f.admin, `query($id: ID!) { book(id: $id) { title author } }`, { id })).book).toEqual({
    title: 'Wings of Fire',
    author: 'A. P. J. Abdul Kalam',
  });
  expect((await f.ok(f.admin, `query($id: ID!) { book(id: $id) { id } }`, { id: randomUUID() })).book).toBeNull();
  const search = async (text: string) =>
    (await f.ok(f.admin, `query($s: String) { books(search: $s) { totalCount nodes { title } } }`, { s: text })).books;
  expect(await search('kalam')).toEqual({ totalCount: 1, nodes: [{ title: 'Wings of Fire' }] });
  expect(await search('7371')).toEqual({ totalCount: 1, nodes: [{ title: 'Wings of Fire' }] });
  expect(await search('DAYS')).toEqual({ totalCount: 1, nodes: [{ title: 'Malgudi Days' }] });
  // LIKE's wildcards are plain characters here.
  expect(await search('%')).toEqual({ totalCount: 0, nodes: [] });

  const UPDATE = `mutation($i: UpdateBookInput!) { updateBook(input: $i) { title author isbn } }`;
  expect((await f.ok(f.admin, UPDATE, { i: { id, title: 'Wings of Fire: An Autobiography', isbn: '' } })).updateBook).toEqual({
    title: 'Wings of Fire: An Autobiography',
    author: 'A. P. J. Abdul Kalam',
    isbn: null,
  });
  expect(codes(await f.gql(f.admin, UPDATE, { i: { id: randomUUID(), title: 'x' } }))).toEqual(['NOT_FOUND']);
});

it('renews an open issue and takes a return by the copy’s accession number', async () => {
  const issued = await f.ok(f.admin, ISSUE, { i: { bookCopyId: copyIds[1], studentId: ids[1], dueDate: today() } });
  const RENEW = `mutation($i: RenewBookInput!) { renewBook(input: $i) { id dueDate returnedOn } }`;
  const later = `${new Date().getFullYear() + 1}-01-15`;
  expect((await f.ok(f.admin, RENEW, { i: { issueId: issued.issueBook.id, dueDate: later } })).renewBook).toEqual({
    id: issued.issueBook.id,
    dueDate: later,
    returnedOn: null,
  });
  expect(codes(await f.gql(f.admin, RENEW, { i: { issueId: issued.issueBook.id, dueDate: `${Y}-01-01` } }))).toEqual(['BAD_USER_INPUT']);

  const RETURN = `mutation($i: ReturnBookInput!) { returnBook(input: $i) { id returnedOn } }`;
  expect(codes(await f.gql(f.admin, RETURN, { i: {} }))).toEqual(['BAD_USER_INPUT']);
  expect(codes(await f.gql(f.admin, RETURN, { i: { accessionNo: 'NO-SUCH' } }))).toEqual(['NOT_FOUND']);
  expect((await f.ok(f.admin, RETURN, { i: { accessionNo: 'LIB-2' } })).returnBook).toEqual({
    id: issued.issueBook.id,
    returnedOn: today(),
  });
  expect(codes(await f.gql(f.admin, RETURN, { i: { accessionNo: 'LIB-2' } }))).toEqual(['NOT_FOUND']);
  expect(codes(await f.gql(f.admin, RENEW, { i: { issueId: issued.issueBook.id, dueDate: later } }))).toEqual(['CONFLICT']);
});

it('withdraws a copy and a title (library:delete): never issued again, kept with their issues; a copy out is returned first', async () => {
  const book = await f.ok(f.admin, `mutation { createBook(input: { title: "Swami and Friends" }) { id } }`);
  const bookId = book.createBook.id;
  const copies: string[] = [];
  for (const accessionNo of ['SW-1', 'SW-2', 'SW-3']) {
    const copy = await f.ok(f.admin, `mutation($i: AddBookCopyInput!) { addBookCopy(input: $i) { id } }`, { i: { bookId, accessionNo } });
    copies.push(copy.addBookCopy.id);
  }
  const out = await f.ok(f.admin, ISSUE, { i: { bookCopyId: copies[0], studentId: ids[1], dueDate: today() } });
  const WITHDRAW_COPY = `mutation($i: WithdrawBookCopyInput!) { withdrawBookCopy(input: $i) { accessionNo withdrawnOn withdrawalReason } }`;
  const WITHDRAW_BOOK = `mutation($i: WithdrawBookInput!) { withdrawBook(input: $i) { withdrawnOn copies { accessionNo withdrawnOn withdrawalReason } } }`;

  // A teacher reads the library but holds no library:delete; the librarian does.
  const teacher = await f.member('TEACHER');
  const refused = await f.gql(teacher, WITHDRAW_COPY, { i: { accessionNo: 'SW-2' } });
  expect(refused.status).toBe(403);
  const librarian = await f.member('LIBRARIAN');
  expect(codes(await f.gql(librarian, WITHDRAW_COPY, { i: { accessionNo: 'SW-1' } }))).toEqual(['CONFLICT']);
  const lost = await f.ok(librarian, WITHDRAW_COPY, { i: { accessionNo: 'SW-2', reason: 'Lost' } });
  expect(lost.withdrawBookCopy).toEqual({ accessionNo: 'SW-2', withdrawnOn: today(), withdrawalReason: 'Lost' });
  expect(codes(await f.gql(librarian, WITHDRAW_COPY, { i: { accessionNo: 'SW-2' } }))).toEqual(['CONFLICT']);
  expect(codes(await f.gql(librarian, WITHDRAW_COPY, { i: { accessionNo: 'NO-SUCH' } }))).toEqual(['NOT_FOUND']);
  const again = await f.gql(f.admin, ISSUE, { i: { bookCopyId: copies[1], studentId: ids[0], dueDate: today() } });
  expect(codes(again)).toEqual(['CONFLICT']);
  expect(again.body.errors[0].message).toMatch(/withdrawn/);

  // The title goes with its copies still in use, once none is out.
  expect(codes(await f.gql(librarian, WITHDRAW_BOOK, { i: { id: bookId } }))).toEqual(['CONFLICT']);
  await f.ok(f.admin, `mutation($i: ReturnBookInput!) { returnBook(input: $i) { id } }`, { i: { issueId: out.issueBook.id } });
  const gone = await f.ok(librarian, WITHDRAW_BOOK, { i: { id: bookId, reason: 'Worn out' } });
  expect(gone.withdrawBook).toEqual({
    withdrawnOn: today(),
    copies: [
      { accessionNo: 'SW-1', withdrawnOn: today(), withdrawalReason: 'Worn out' },
      { accessionNo: 'SW-2', withdrawnOn: today(), withdrawalReason: 'Lost' },
      { accessionNo: 'SW-3', withdrawnOn: today(), withdrawalReason: 'Worn out' },
    ],
  });
  const addCopy = await f.gql(f.admin, `mutation($i: AddBookCopyInput!) { addBookCopy(input: $i) { id } }`, {
    i: { bookId, accessionNo: 'SW-4' },
  });
  expect(codes(addCopy)).toEqual(['CONFLICT']);
  // Its issues stay on record.
  const history = await f.sql(`SELECT count(*)::int AS n FROM "LibraryBookIssue" WHERE "bookCopyId" = $1`, [copies[0]]);
  expect(history.rows[0].n).toBe(1);
});

it('an issue and a withdrawal of one copy at once, 8 times over: never a withdrawn copy out', async () => {
  const book = await f.ok(f.admin, `mutation { createBook(input: { title: "Race Book" }) { id } }`);
  for (let round = 0; round < 8; round++) {
    const accessionNo = `RACE-${round}`;
    const copy = await f.ok(f.admin, `mutation($i: AddBookCopyInput!) { addBookCopy(input: $i) { id } }`, {
      i: { bookId: book.createBook.id, accessionNo },
    });
    const [issued, withdrawn] = await Promise.all([
      f.gql(f.admin, ISSUE, { i: { bookCopyId: copy.addBookCopy.id, studentId: ids[0], dueDate: `${Y + 5}-01-01` } }),
      f.gql(f.admin, `mutation($i: WithdrawBookCopyInput!) { withdrawBookCopy(input: $i) { id } }`, { i: { accessionNo } }),
    ]);
    // Exactly one of them happened; the other is a clear CONFLICT.
    expect([issued, withdrawn].flatMap(codes)).toEqual(['CONFLICT']);
    const state = await f.sql(
      `SELECT c."withdrawnOn" IS NOT NULL AS withdrawn, count(i.id) FILTER (WHERE i."returnedOn" IS NULL)::int AS out
       FROM "BookCopy" c LEFT JOIN "LibraryBookIssue" i ON i."bookCopyId" = c.id WHERE c.id = $1 GROUP BY c.id`,
      [copy.addBookCopy.id],
    );
    expect(state.rows[0]).toEqual(issued.body.errors ? { withdrawn: true, out: 0 } : { withdrawn: false, out: 1 });
    if (!issued.body.errors)
      await f.ok(f.admin, `mutation($id: ID!) { returnBook(input: { issueId: $id }) { id } }`, { id: issued.body.data.issueBook.id });
  }
});
