/** Guardians: a central user linked to a student of this school, after accepting the school's one-time code. */
import { sql } from 'drizzle-orm';
import { boolean, check, index, pgTable, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { id, schoolId } from './columns';
import { Student } from './students';

export const StudentGuardian = pgTable(
  'StudentGuardian',
  {
    id: id(),
    schoolId: schoolId(),
    studentId: uuid('studentId')
      .notNull()
      .references(() => Student.id, { onDelete: 'cascade' }),
    /** The guardian's central User (GUARDIAN role); another database, so no FK. */
    userId: uuid('userId').notNull(),
    /** As the school wrote it: MOTHER, FATHER, GRANDPARENT, ... */
    relation: varchar('relation', { length: 30 }).notNull(),
    /** The school's first contact for the student (at most one per student). */
    isPrimary: boolean('isPrimary').notNull().default(false),
    /** SHA-256 of the one-time code the school handed over; null once accepted (the code is spent). */
    codeHash: varchar('codeHash', { length: 64 }),
    codeExpiresAt: timestamp('codeExpiresAt', { withTimezone: true }),
    invitedBy: uuid('invitedBy'),
    invitedAt: timestamp('invitedAt', { withTimezone: true }).notNull().defaultNow(),
    /** Null while the invitation waits: a link gives access only once its holder accepted it. */
    acceptedAt: timestamp('acceptedAt', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('StudentGuardian_studentId_userId_key').on(t.studentId, t.userId),
    index('StudentGuardian_userId_idx').on(t.userId),
    uniqueIndex('StudentGuardian_one_primary_key')
      .on(t.studentId)
      .where(sql`${t.isPrimary}`),
    check('StudentGuardian_accepted_or_code', sql`(${t.acceptedAt} IS NULL) = (${t.codeHash} IS NOT NULL)`),
  ],
);
