/**
 * Supporting tables the design implies but does not list: students belong to a class and
 * division in an academic year, exams are per subject, results are graded on a scale.
 */
import { sql } from 'drizzle-orm';
import { boolean, check, date, integer, numeric, pgTable, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { createdAt, id, schoolId } from './columns';

export const AcademicYear = pgTable(
  'AcademicYear',
  {
    id: id(),
    schoolId: schoolId(),
    /** e.g. "2026-27" */
    name: varchar('name', { length: 20 }).notNull(),
    startDate: date('startDate').notNull(),
    endDate: date('endDate').notNull(),
    isCurrent: boolean('isCurrent').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('AcademicYear_schoolId_name_key').on(t.schoolId, t.name),
    uniqueIndex('AcademicYear_one_current_key')
      .on(t.schoolId)
      .where(sql`${t.isCurrent}`),
    check('AcademicYear_dates', sql`${t.endDate} > ${t.startDate}`),
  ],
);

export const Class = pgTable(
  'Class',
  {
    id: id(),
    schoolId: schoolId(),
    /** e.g. "Grade 5" */
    name: varchar('name', { length: 50 }).notNull(),
    sortOrder: integer('sortOrder').notNull().default(0),
    /** The class teacher (a central User) of a class without divisions, or of its divisions that name none. */
    classTeacherId: uuid('classTeacherId'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('Class_schoolId_name_key').on(t.schoolId, t.name)],
);

export const Division = pgTable(
  'Division',
  {
    id: id(),
    schoolId: schoolId(),
    classId: uuid('classId')
      .notNull()
      .references(() => Class.id, { onDelete: 'cascade' }),
    /** e.g. "A" */
    name: varchar('name', { length: 20 }).notNull(),
    /** The division's class teacher (a central User): guardians and students write to them. */
    classTeacherId: uuid('classTeacherId'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('Division_classId_name_key').on(t.classId, t.name)],
);

export const Subject = pgTable(
  'Subject',
  {
    id: id(),
    schoolId: schoolId(),
    name: varchar('name', { length: 100 }).notNull(),
    code: varchar('code', { length: 20 }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('Subject_schoolId_code_key').on(t.schoolId, t.code)],
);

/** A school's grading scale: a result gets the grade of the highest band it reaches. */
export const GradeBand = pgTable(
  'GradeBand',
  {
    id: id(),
    schoolId: schoolId(),
    grade: varchar('grade', { length: 5 }).notNull(),
    minPercent: numeric('minPercent', { precision: 5, scale: 2 }).notNull(),
  },
  (t) => [
    uniqueIndex('GradeBand_schoolId_grade_key').on(t.schoolId, t.grade),
    uniqueIndex('GradeBand_schoolId_minPercent_key').on(t.schoolId, t.minPercent),
    check('GradeBand_minPercent_range', sql`${t.minPercent} BETWEEN 0 AND 100`),
  ],
);
