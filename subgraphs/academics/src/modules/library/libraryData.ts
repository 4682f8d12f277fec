/** SQL for books, copies and issues. */
import { school } from '@syncad/shared-db';
import type { KeysetSlice, SortKey } from '@syncad/subgraph-kit';
import { and, asc, count, desc, eq, ilike, inArray, isNull, lt, or, type SQL } from 'drizzle-orm';
import type { BookCopyRow, BookRow, Db, LibraryIssueRow } from './rows';

const { Book, BookCopy, LibraryBookIssue, Student } = school;

/** By title. */
export const BOOK_ORDER: SortKey[] = [{ by: Book.title }, { by: Book.id }];
/** Most overdue first. */
export const OVERDUE_ORDER: SortKey[] = [{ by: LibraryBookIssue.dueDate }, { by: LibraryBookIssue.id }];

function overdueAsOf(asOf: string, studentIds?: readonly string[]): SQL | undefined {
  return and(
    isNull(LibraryBookIssue.returnedOn),
    lt(LibraryBookIssue.dueDate, asOf),
    studentIds ? inArray(LibraryBookIssue.studentId, [...studentIds]) : undefined,
  );
}

/** Titles whose title, author or ISBN contains `search` (LIKE's own wildcards taken literally). */
function matchingBooks(search: string | undefined): SQL | undefined {
  if (search === undefined) return undefined;
  const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return or(ilike(Book.title, pattern), ilike(Book.author, pattern), ilike(Book.isbn, pattern));
}

export const libraryData = {
  async updateBook(db: Db, id: string, changes: Partial<Pick<BookRow, 'title' | 'author' | 'isbn'>>): Promise<BookRow | null> {
    const [row] = await db.update(Book).set(changes).where(eq(Book.id, id)).returning();
    return row ?? null;
  },

  /** The open issue of the copy with this accession number, if it is out. */
  async openIssueOfCopy(db: Db, accessionNo: string): Promise<LibraryIssueRow | null> {
    const [row] = await db
      .select({ issue: LibraryBookIssue })
      .from(LibraryBookIssue)
      .innerJoin(BookCopy, eq(BookCopy.id, LibraryBookIssue.bookCopyId))
      .where(and(eq(BookCopy.accessionNo, accessionNo), isNull(LibraryBookIssue.returnedOn)));
    return row?.issue ?? null;
  },

  /** A new due date for an open issue; null when it was returned (or does not exist). */
  async renew(db: Db, id: string, dueDate: string): Promise<LibraryIssueRow | null> {
    const [row] = await db
      .update(LibraryBookIssue)
      .set({ dueDate })
      .where(and(eq(LibraryBookIssue.id, id), isNull(LibraryBookIssue.returnedOn)))
      .returning();
    return row ?? null;
  },

  async insertBook(db: Db, values: typeof Book.$inferInsert): Promise<BookRow> {
    const [row] = await db.insert(Book).values(values).returning();
    return row;
  },
  books(db: Db, search: string | undefined, slice: KeysetSlice): Promise<BookRow[]> {
    return db
      .select()
      .from(Book)
      .where(and(matchingBooks(search), slice.after))
      .orderBy(...slice.order)
      .limit(slice.limit);
  },
  async countBooks(db: Db, search: string | undefined): Promise<number> {
    const [row] = await db.select({ n: count() }).from(Book).where(matchingBooks(search));
    return row.n;
  },
  booksByIds(db: Db, ids: readonly string[]): Promise<BookRow[]> {
    return db
      .select()
      .from(Book)
      .where(inArray(Book.id, [...ids]));
  },

  async insertCopy(db: Db, values: typeof BookCopy.$inferInsert): Promise<BookCopyRow> {
    const [row] = await db.insert(BookCopy).values(values).returning();
    return row;
  },
  copiesByIds(db: Db, ids: readonly string[]): Promise<BookCopyRow[]> {
    return db
      .select()
      .from(BookCopy)
      .where(inArray(BookCopy.id, [...ids]));
  },
  copiesOfBooks(db: Db, bookIds: readonly string[]): Promise<BookCopyRow[]> {
    return db
      .select()
      .from(BookCopy)
      .where(inArray(BookCopy.bookId, [...bookIds]))
      .orderBy(asc(BookCopy.accessionNo));
  },

  /**
   * The copy, locked: FOR SHARE against a withdrawal while it is issued, FOR UPDATE against an
   * issue while it is withdrawn (whichever comes second waits, then sees the first).
   */
  async lockCopy(db: Db, where: { id: string } | { accessionNo: string }, mode: 'share' | 'update'): Promise<BookCopyRow | null> {
    const [row] = await db
      .select()
      .from(BookCopy)
      .where('id' in where ? eq(BookCopy.id, where.id) : eq(BookCopy.accessionNo, where.accessionNo))
      .for(mode);
    return row ?? null;
  },

  /** The title and every copy of it, locked against issues of its copies while it is withdrawn. */
  async lockBook(db: Db, id: string): Promise<BookRow | null> {
    const [row] = await db.select().from(Book).where(eq(Book.id, id)).for('update');
    if (row) await db.select({ id: BookCopy.id }).from(BookCopy).where(eq(BookCopy.bookId, id)).for('update');
    return row ?? null;
  },

  /** The accession numbers of the book's copies that are out (one copy when `copyId` is given). */
  async copiesOut(db: Db, by: { bookId: string } | { copyId: string }): Promise<string[]> {
    const rows = await db
      .select({ accessionNo: BookCopy.accessionNo })
      .from(BookCopy)
      .innerJoin(LibraryBookIssue, and(eq(LibraryBookIssue.bookCopyId, BookCopy.id), isNull(LibraryBookIssue.returnedOn)))
      .where('bookId' in by ? eq(BookCopy.bookId, by.bookId) : eq(BookCopy.id, by.copyId));
    return rows.map((r) => r.accessionNo);
  },

  /** Withdraws the copies still in use (one, or every copy of a book) on `day`. */
  async withdrawCopies(db: Db, by: { bookId: string } | { copyId: string }, day: string, reason: string | null): Promise<BookCopyRow[]> {
    return db
      .update(BookCopy)
      .set({ withdrawnOn: day, withdrawalReason: reason })
      .where(and('bookId' in by ? eq(BookCopy.bookId, by.bookId) : eq(BookCopy.id, by.copyId), isNull(BookCopy.withdrawnOn)))
      .returning();
  },

  async withdrawBook(db: Db, id: string, day: string): Promise<BookRow> {
    const [row] = await db.update(Book).set({ withdrawnOn: day }).where(eq(Book.id, id)).returning();
    return row;
  },

  async insertIssue(db: Db, values: typeof LibraryBookIssue.$inferInsert): Promise<LibraryIssueRow> {
    const [row] = await db.insert(LibraryBookIssue).values(values).returning();
    return row;
  },
  async issueById(db: Db, id: string): Promise<LibraryIssueRow | null> {
    const [row] = await db.select().from(LibraryBookIssue).where(eq(LibraryBookIssue.id, id));
    return row ?? null;
  },
  /** Records the return of an open issue with the fine it owes (`fine`, SQL); null when it was already returned. */
  async markReturned(db: Db, id: string, returned: { on: string; by: string; fine: SQL }): Promise<LibraryIssueRow | null> {
    const [row] = await db
      .update(LibraryBookIssue)
      .set({ returnedOn: returned.on, returnedBy: returned.by, fineAmount: returned.fine })
      .where(and(eq(LibraryBookIssue.id, id), isNull(LibraryBookIssue.returnedOn)))
      .returning();
    return row ?? null;
  },
  issuesOfStudents(db: Db, studentIds: readonly string[], openOnly: boolean): Promise<LibraryIssueRow[]> {
    return db
      .select()
      .from(LibraryBookIssue)
      .where(and(inArray(LibraryBookIssue.studentId, [...studentIds]), openOnly ? isNull(LibraryBookIssue.returnedOn) : undefined))
      .orderBy(desc(LibraryBookIssue.issuedOn), desc(LibraryBookIssue.createdAt));
  },
  /** A page of open issues due before `asOf`; `studentIds` limits them to those students'. */
  async overdue(db: Db, asOf: string, studentIds: readonly string[] | undefined, slice: KeysetSlice): Promise<LibraryIssueRow[]> {
    const rows = await db
      .select({ issue: LibraryBookIssue })
      .from(LibraryBookIssue)
      .innerJoin(Student, eq(Student.id, LibraryBookIssue.studentId))
      .where(and(overdueAsOf(asOf, studentIds), slice.after))
      .orderBy(...slice.order)
      .limit(slice.limit);
    return rows.map((r) => r.issue);
  },
  async countOverdue(db: Db, asOf: string, studentIds?: readonly string[]): Promise<number> {
    const [row] = await db
      .select({ n: count() })
      .from(LibraryBookIssue)
      .innerJoin(Student, eq(Student.id, LibraryBookIssue.studentId))
      .where(overdueAsOf(asOf, studentIds));
    return row.n;
  },
};
