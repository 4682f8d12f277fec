/** Announcements, leave applications and message threads. */
import { sql } from 'drizzle-orm';
import { check, date, index, pgTable, primaryKey, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { createdAt, id, schoolId } from './columns';
import { Class } from './reference';
import { Student } from './students';

export const Announcement = pgTable(
  'Announcement',
  {
    id: id(),
    schoolId: schoolId(),
    title: varchar('title', { length: 200 }).notNull(),
    body: text('body').notNull(),
    /** SCHOOL: everyone; CLASS: the class in classId (its students, their guardians, staff); GUARDIANS: the school's guardians and staff. */
    audience: varchar('audience', { length: 10 }).notNull(),
    classId: uuid('classId').references(() => Class.id),
    publishedBy: uuid('publishedBy'),
    publishedAt: timestamp('publishedAt', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expiresAt', { withTimezone: true }),
  },
  (t) => [
    index('Announcement_schoolId_publishedAt_idx').on(t.schoolId, t.publishedAt),
    check('Announcement_audience_check', sql`${t.audience} IN ('SCHOOL', 'CLASS', 'GUARDIANS')`),
    check('Announcement_class_matches_audience', sql`(${t.audience} = 'CLASS') = (${t.classId} IS NOT NULL)`),
  ],
);

export const LeaveApplication = pgTable(
  'LeaveApplication',
  {
    id: id(),
    schoolId: schoolId(),
    studentId: uuid('studentId')
      .notNull()
      .references(() => Student.id, { onDelete: 'cascade' }),
    fromDate: date('fromDate').notNull(),
    toDate: date('toDate').notNull(),
    reason: text('reason').notNull(),
    status: varchar('status', { length: 20 }).notNull().default('PENDING'),
    appliedBy: uuid('appliedBy'),
    decidedBy: uuid('decidedBy'),
    decidedAt: timestamp('decidedAt', { withTimezone: true }),
    decisionNote: text('decisionNote'),
    createdAt: createdAt(),
  },
  (t) => [
    index('LeaveApplication_studentId_idx').on(t.studentId),
    check('LeaveApplication_status_check', sql`${t.status} IN ('PENDING', 'APPROVED', 'REJECTED')`),
    check('LeaveApplication_dates', sql`${t.toDate} >= ${t.fromDate}`),
  ],
);

/** Supporting table (not in the design): a conversation; Message rows belong to one. */
export const MessageThread = pgTable('MessageThread', {
  id: id(),
  schoolId: schoolId(),
  subject: varchar('subject', { length: 200 }).notNull(),
  createdBy: uuid('createdBy').notNull(),
  createdAt: createdAt(),
  lastMessageAt: timestamp('lastMessageAt', { withTimezone: true }).notNull().defaultNow(),
});

/** Supporting table (not in the design): who is in a thread; nobody else may read it. */
export const MessageThreadParticipant = pgTable(
  'MessageThreadParticipant',
  {
    threadId: uuid('threadId')
      .notNull()
      .references(() => MessageThread.id, { onDelete: 'cascade' }),
    /** A central User id. */
    userId: uuid('userId').notNull(),
    lastReadAt: timestamp('lastReadAt', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ name: 'MessageThreadParticipant_pkey', columns: [t.threadId, t.userId] }),
    index('MessageThreadParticipant_userId_idx').on(t.userId),
  ],
);

export const Message = pgTable(
  'Message',
  {
    id: id(),
    schoolId: schoolId(),
    threadId: uuid('threadId')
      .notNull()
      .references(() => MessageThread.id, { onDelete: 'cascade' }),
    senderId: uuid('senderId').notNull(),
    body: text('body').notNull(),
    sentAt: timestamp('sentAt', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('Message_threadId_sentAt_idx').on(t.threadId, t.sentAt)],
);
