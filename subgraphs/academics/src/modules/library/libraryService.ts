/** The library: titles, copies, issues and returns; one copy is never out twice at once. */
import {
  assertNotFuture,
  parseId,
  parseOptionalText,
  parseText,
  ownStudentFilter,
  today,
  keysetConnection,
  type Connection,
  type PageArgs,
} from '@syncad/subgraph-kit';
import { AppError, conflictAs, fromHundredths, toHundredths } from '@syncad/platform';
import type { AcademicsContext } from '../../context';
import { BOOK_ORDER, libraryData, OVERDUE_ORDER } from './libraryData';
import { libraryFines } from './libraryFines';
import type { BookCopyRow, BookRow, LibraryIssueRow, LibrarySettingsRow } from './rows';
import type {
  AddBookCopyInput,
  CreateBookInput,
  IssueBookInput,
  QueryOverdueIssuesArgs,
  RenewBookInput,
  ReturnBookInput,
  UpdateBookInput,
  UpdateLibrarySettingsInput,
  WithdrawBookCopyInput,
  WithdrawBookInput,
} from '../../generated/graphql';
import { studentService } from '../student';

export const libraryService = {
  createBook(ctx: AcademicsContext, input: CreateBookInput): Promise<BookRow> {
    return libraryData.insertBook(ctx.db, {
      schoolId: ctx.schoolId,
      title: parseText(input.title, 'title', 300),
      author: parseOptionalText(input.author, 'author', 200) ?? null,
      isbn: parseOptionalText(input.isbn, 'isbn', 20) ?? null,
    });
  },

  async addCopy(ctx: AcademicsContext, input: AddBookCopyInput): Promise<BookCopyRow> {
    const book = await ctx.loaders.book.load(parseId(input.bookId, 'bookId'));
    if (!book) throw AppError.notFound(`book ${input.bookId}`);
    if (book.withdrawnOn) throw AppError.conflict(`the book was withdrawn on ${book.withdrawnOn}: it takes no new copies`);
    const accessionNo = parseText(input.accessionNo, 'accessionNo', 30);
    return conflictAs(
      libraryData.insertCopy(ctx.db, { schoolId: ctx.schoolId, bookId: book.id, accessionNo }),
      `accession number "${accessionNo}" is already used`,
    );
  },

  async issue(ctx: AcademicsContext, input: IssueBookInput): Promise<LibraryIssueRow> {
    const copyId = parseId(input.bookCopyId, 'bookCopyId');
    const student = await studentService.require(ctx, input.studentId);
    const issuedOn = input.issuedOn ?? today(ctx.timezone);
    assertNotFuture(issuedOn, 'issuedOn', ctx.timezone);
    if (input.dueDate < issuedOn) throw AppError.badInput('dueDate must not be before issuedOn', 'dueDate');
    return ctx.db.transaction(async (tx) => {
      const copy = await libraryData.lockCopy(tx, { id: copyId }, 'share');
      if (!copy) throw AppError.notFound(`book copy ${input.bookCopyId}`);
      if (copy.withdrawnOn) throw AppError.conflict(`copy ${copy.accessionNo} was withdrawn on ${copy.withdrawnOn}`);
      // The partial unique index on open issues decides races: the loser gets CONFLICT.
      const values = {
        schoolId: ctx.schoolId,
        bookCopyId: copy.id,
        studentId: student.id,
        issuedOn,
        dueDate: input.dueDate,
        issuedBy: ctx.caller.userId,
      };
      return conflictAs(libraryData.insertIssue(tx, values), `copy ${copy.accessionNo} is already issued`);
    });
  },

  async withdrawCopy(ctx: AcademicsContext, input: WithdrawBookCopyInput): Promise<BookCopyRow> {
    const accessionNo = parseText(input.accessionNo, 'accessionNo', 30);
    const reason = parseOptionalText(input.reason, 'reason', 200) ?? null;
    return ctx.db.transaction(async (tx) => {
      const copy = await libraryData.lockCopy(tx, { accessionNo }, 'update');
      if (!copy) throw AppError.notFound(`a copy with accession number "${accessionNo}"`);
      if (copy.withdrawnOn) throw AppError.conflict(`copy ${accessionNo} was withdrawn on ${copy.withdrawnOn}`);
      if ((await libraryData.copiesOut(tx, { copyId: copy.id })).length > 0) {
        throw AppError.conflict(`copy ${accessionNo} is out: return it first (returnBook), then withdraw it`);
      }
      const [withdrawn] = await libraryData.withdrawCopies(tx, { copyId: copy.id }, today(ctx.timezone), reason);
      return withdrawn;
    });
  },

  async withdrawBook(ctx: AcademicsContext, input: WithdrawBookInput): Promise<BookRow> {
    const bookId = parseId(input.id, 'id');
    const reason = parseOptionalText(input.reason, 'reason', 200) ?? null;
    const day = today(ctx.timezone);
    const book = await ctx.db.transaction(async (tx) => {
      const found = await libraryData.lockBook(tx, bookId);
      if (!found) throw AppError.notFound(`book ${input.id}`);
      if (found.withdrawnOn) throw AppError.conflict(`the book was withdrawn on ${found.withdrawnOn}`);
      // Its copies are locked first: an issue meanwhile waits on its copy, then sees it withdrawn.
      const out = await libraryData.copiesOut(tx, { bookId });
      if (out.length > 0) throw AppError.conflict(`copies ${out.join(', ')} are out: return them first, then withdraw the book`);
      await libraryData.withdrawCopies(tx, { bookId }, day, reason);
      return libraryData.withdrawBook(tx, bookId, day);
    });
    ctx.loaders.book.clear(bookId).prime(bookId, book);
    return book;
  },

  /** Returns an issue named by its id or by the accession number of the copy that is out. */
  async returnIssue(ctx: AcademicsContext, input: ReturnBookInput): Promise<LibraryIssueRow> {
    if ((input.issueId == null) === (input.accessionNo == null)) {
      throw AppError.badInput('give exactly one of issueId and accessionNo', 'issueId');
    }
    const on = input.returnedOn ?? today(ctx.timezone);
    assertNotFuture(on, 'returnedOn', ctx.timezone);
    let issue: LibraryIssueRow | null;
    if (input.accessionNo != null) {
      const accessionNo = parseText(input.accessionNo, 'accessionNo', 30);
      issue = await libraryData.openIssueOfCopy(ctx.db, accessionNo);
      if (!issue) throw AppError.notFound(`an open issue of copy "${accessionNo}"`);
    } else {
      issue = await libraryData.issueById(ctx.db, parseId(input.issueId!, 'issueId'));
      if (!issue) throw AppError.notFound(`library issue ${input.issueId}`);
    }
    if (on < issue.issuedOn) throw AppError.badInput(`returnedOn is before the issue day ${issue.issuedOn}`, 'returnedOn');
    const returned = await libraryData.markReturned(ctx.db, issue.id, { on, by: ctx.caller.userId, fine: libraryFines.fineOnReturn(on) });
    if (!returned) throw AppError.conflict(`library issue ${issue.id} was already returned`);
    // Every return also retries the school's fines finance could not take before.
    await ctx.afterCommit(async (db) => {
      const charged = await libraryFines.postPending(db, ctx.finance, ctx, returned.id);
      // Seen in the answer when the return committed first (no Idempotency-Key); else the fine reads as pending.
      returned.fineVoucherNo = charged.get(returned.id) ?? null;
    });
    return returned;
  },

  /**
   * Charges the fines still pending (one pass); how many were charged. Their returns committed
   * long ago, so this may run in the request's own transaction: a voucher number it fails to
   * record is found again by finance's key on the next pass, never charged twice.
   */
  async postPendingFines(ctx: AcademicsContext): Promise<number> {
    return (await libraryFines.postPending(ctx.db, ctx.finance, ctx)).size;
  },

  async settings(ctx: AcademicsContext): Promise<LibrarySettingsRow> {
    return { finePerDay: await libraryFines.finePerDay(ctx.db) };
  },

  async updateSettings(ctx: AcademicsContext, input: UpdateLibrarySettingsInput): Promise<LibrarySettingsRow> {
    const hundredths = toHundredths(input.finePerDay, 'finePerDay');
    // Bounded so that any fine (days late x rate) fits its numeric(12,2) column.
    if (hundredths < 0n || hundredths > 1_000_000n) throw AppError.badInput('finePerDay must be 0 to 10000.00', 'finePerDay');
    const finePerDay = fromHundredths(hundredths);
    return { finePerDay: await libraryFines.setFinePerDay(ctx.db, ctx.schoolId, finePerDay, ctx.caller.userId) };
  },

  async renew(ctx: AcademicsContext, input: RenewBookInput): Promise<LibraryIssueRow> {
    const id = parseId(input.issueId, 'issueId');
    const issue = await libraryData.issueById(ctx.db, id);
    if (!issue) throw AppError.notFound(`library issue ${input.issueId}`);
    const now = today(ctx.timezone);
    if (input.dueDate < now || input.dueDate < issue.issuedOn) {
      throw AppError.badInput(`dueDate must not be before today (${now}) nor the issue day (${issue.issuedOn})`, 'dueDate');
    }
    const renewed = await libraryData.renew(ctx.db, id, input.dueDate);
    if (!renewed) throw AppError.conflict(`library issue ${input.issueId} was already returned`);
    return renewed;
  },

  async updateBook(ctx: AcademicsContext, input: UpdateBookInput): Promise<BookRow> {
    const id = parseId(input.id, 'id');
    const changes: Partial<Pick<BookRow, 'title' | 'author' | 'isbn'>> = {};
    if (input.title != null) changes.title = parseText(input.title, 'title', 300);
    if (input.author != null) changes.author = parseOptionalText(input.author, 'author', 200) ?? null;
    if (input.isbn != null) changes.isbn = parseOptionalText(input.isbn, 'isbn', 20) ?? null;
    const book = Object.keys(changes).length === 0 ? await ctx.loaders.book.load(id) : await libraryData.updateBook(ctx.db, id, changes);
    if (!book) throw AppError.notFound(`book ${input.id}`);
    return book;
  },

  async overdue(ctx: AcademicsContext, args: QueryOverdueIssuesArgs): Promise<Connection<LibraryIssueRow>> {
    const asOf = args.asOf ?? today(ctx.timezone);
    const studentIds = await ownStudentFilter(ctx);
    return keysetConnection(
      ctx.cursors,
      'overdueIssues',
      args,
      OVERDUE_ORDER,
      (slice) => libraryData.overdue(ctx.db, asOf, studentIds, slice),
      () => libraryData.countOverdue(ctx.db, asOf, studentIds),
      (row) => [row.dueDate, row.id],
    );
  },

  /** The catalogue is the school's own: nothing personal to scope. */
  books(ctx: AcademicsContext, args: PageArgs & { search?: string | null }): Promise<Connection<BookRow>> {
    const search = args.search == null ? undefined : parseText(args.search, 'search', 100);
    return keysetConnection(
      ctx.cursors,
      'books',
      args,
      BOOK_ORDER,
      (slice) => libraryData.books(ctx.db, search, slice),
      () => libraryData.countBooks(ctx.db, search),
      (row) => [row.title, row.id],
    );
  },
};
