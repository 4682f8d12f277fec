/** Students, their class history and daily attendance. */
import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, text, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { createdAt, id, schoolId, updatedAt } from './columns';
import { AcademicYear, Class, Division } from './reference';

export const Student = pgTable(
  'Student',
  {
    id: id(),
    schoolId: schoolId(),
    /** The central User linked to this student (STUDENT role); another database, so no FK. */
    userId: uuid('userId'),
    admissionNo: varchar('admissionNo', { length: 50 }).notNull(),
    firstName: varchar('firstName', { length: 100 }).notNull(),
    lastName: varchar('lastName', { length: 100 }),
    dateOfBirth: date('dateOfBirth'),
    gender: varchar('gender', { length: 10 }),
    guardianName: varchar('guardianName', { length: 200 }),
    guardianPhone: varchar('guardianPhone', { length: 20 }),
    /** Current class and division; the history lives in StudentClass. */
    classId: uuid('classId').references(() => Class.id),
    divisionId: uuid('divisionId').references(() => Division.id),
    status: varchar('status', { length: 20 }).notNull().default('ACTIVE'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('Student_schoolId_idx').on(t.schoolId),
    index('Student_class_idx').on(t.classId),
    uniqueIndex('Student_admissionNo_schoolId_idx').on(t.admissionNo, t.schoolId),
    // One student record per user account: a STUDENT login sees exactly one student.
    uniqueIndex('Student_userId_key')
      .on(t.userId)
      .where(sql`${t.userId} IS NOT NULL`),
    check('Student_status_check', sql`${t.status} IN ('ACTIVE', 'TRANSFERRED', 'LEFT')`),
  ],
);

/** A student's placement in a class for part or all of an academic year; toDate NULL = current. */
export const StudentClass = pgTable(
  'StudentClass',
  {
    id: id(),
    schoolId: schoolId(),
    studentId: uuid('studentId')
      .notNull()
      .references(() => Student.id, { onDelete: 'cascade' }),
    academicYearId: uuid('academicYearId')
      .notNull()
      .references(() => AcademicYear.id),
    classId: uuid('classId')
      .notNull()
      .references(() => Class.id),
    divisionId: uuid('divisionId').references(() => Division.id),
    rollNo: integer('rollNo'),
    fromDate: date('fromDate').notNull(),
    toDate: date('toDate'),
    createdAt: createdAt(),
  },
  (t) => [
    index('StudentClass_studentId_idx').on(t.studentId),
    index('StudentClass_class_idx').on(t.classId, t.divisionId),
    uniqueIndex('StudentClass_one_current_key')
      .on(t.studentId)
      .where(sql`${t.toDate} IS NULL`),
    check('StudentClass_dates', sql`${t.toDate} IS NULL OR ${t.toDate} >= ${t.fromDate}`),
  ],
);

export const Attendance = pgTable(
  'Attendance',
  {
    id: id(),
    schoolId: schoolId(),
    studentId: uuid('studentId')
      .notNull()
      .references(() => Student.id, { onDelete: 'cascade' }),
    /** A calendar day: attendance is daily, so a date, not a timestamp. */
    date: date('date').notNull(),
    status: varchar('status', { length: 20 }).notNull(),
    /** The central User (teacher) who marked it. */
    markedBy: uuid('markedBy'),
    remarks: text('remarks'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('Attendance_school_date_idx').on(t.schoolId, t.date),
    index('Attendance_student_idx').on(t.studentId),
    uniqueIndex('Attendance_studentId_date_key').on(t.studentId, t.date),
    check('Attendance_status_check', sql`${t.status} IN ('PRESENT', 'ABSENT', 'LATE', 'LEAVE')`),
  ],
);
