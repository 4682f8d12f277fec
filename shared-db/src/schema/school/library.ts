/** The library: titles, physical copies and who holds which copy. */
import { sql } from 'drizzle-orm';
import { check, date, index, pgTable, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { createdAt, id, schoolId } from './columns';
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
  ],
);
