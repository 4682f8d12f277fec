/** The library: titles, physical copies and who holds which copy. */
import { sql } from 'drizzle-orm';
import { check, date, index, pgTable, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { createdAt, id, money, schoolId } from './columns';
import { Student } from './students';

/** Supporting table (not in the design): a title. */
export const Book = pgTable('Book', {
  id: id(),
  schoolId: schoolId(),
  title: varchar('title', { length: 300 }).notNull(),
  author: varchar('author', { length: 200 }),
  isbn: varchar('isbn', { length: 20 }),
  createdAt: createdAt(),
  /** Set when the title leaves the catalogue (with every copy): kept, since issues name its copies. */
  withdrawnOn: date('withdrawnOn'),
});

/** Supporting table (not in the design): one physical copy; issues are per copy. */
export const BookCopy = pgTable(
  'BookCopy',
  {
    id: id(),
    schoolId: schoolId(),
    bookId: uuid('bookId')
      .notNull()
      .references(() => Book.id, { onDelete: 'cascade' }),
    accessionNo: varchar('accessionNo', { length: 30 }).notNull(),
    createdAt: createdAt(),
    /** Set when the copy leaves the shelves (lost, damaged, discarded): never issued again, kept for its issues. */
    withdrawnOn: date('withdrawnOn'),
    withdrawalReason: varchar('withdrawalReason', { length: 200 }),
  },
  (t) => [uniqueIndex('BookCopy_schoolId_accessionNo_key').on(t.schoolId, t.accessionNo)],
);

export const LibraryBookIssue = pgTable(
  'LibraryBookIssue',
  {
    id: id(),
    schoolId: schoolId(),
    bookCopyId: uuid('bookCopyId')
      .notNull()
      .references(() => BookCopy.id),
    studentId: uuid('studentId')
      .notNull()
      .references(() => Student.id),
    issuedOn: date('issuedOn').notNull(),
    dueDate: date('dueDate').notNull(),
    returnedOn: date('returnedOn'),
    issuedBy: uuid('issuedBy'),
    createdAt: createdAt(),
    /** Who recorded the return. */
    returnedBy: uuid('returnedBy'),
    /** The overdue fine assessed at the return (days late x the school's daily rate); null when none. */
    fineAmount: money('fineAmount'),
    /** The finance voucher that charged the fine to the student's ledger; null while it waits to be posted. */
    fineVoucherNo: varchar('fineVoucherNo', { length: 40 }),
  },
  (t) => [
    index('LibraryBookIssue_studentId_idx').on(t.studentId),
    index('LibraryBookIssue_dueDate_open_idx')
      .on(t.dueDate)
      .where(sql`${t.returnedOn} IS NULL`),
    // One copy cannot be out twice at once.
    uniqueIndex('LibraryBookIssue_one_open_per_copy_key')
      .on(t.bookCopyId)
      .where(sql`${t.returnedOn} IS NULL`),
    check('LibraryBookIssue_due_after_issue', sql`${t.dueDate} >= ${t.issuedOn}`),
    check('LibraryBookIssue_return_after_issue', sql`${t.returnedOn} IS NULL OR ${t.returnedOn} >= ${t.issuedOn}`),
    check('LibraryBookIssue_fine_on_return', sql`${t.fineAmount} IS NULL OR (${t.fineAmount} > 0 AND ${t.returnedOn} IS NOT NULL)`),
    // The fines finance has still to post: found without reading every return.
    index('LibraryBookIssue_fine_pending_idx')
      .on(t.returnedOn)
      .where(sql`${t.fineAmount} IS NOT NULL AND ${t.fineVoucherNo} IS NULL`),
  ],
);

/** Supporting table (not in the design): the library's rules, one row per school (none: no fines). */
export const LibrarySettings = pgTable(
  'LibrarySettings',
  {
    schoolId: uuid('schoolId').primaryKey(),
    /** The fine per day a copy comes back late; 0 charges nothing. */
    finePerDay: money('finePerDay').notNull().default('0'),
    updatedBy: uuid('updatedBy'),
    updatedAt: timestamp('updatedAt', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('LibrarySettings_finePerDay_check', sql`${t.finePerDay} >= 0`)],
);
