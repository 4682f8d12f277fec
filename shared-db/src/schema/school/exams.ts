/** Exams per class and subject, and each student's result. */
import { sql } from 'drizzle-orm';
import { boolean, check, date, index, numeric, pgTable, text, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { createdAt, id, schoolId, updatedAt } from './columns';
import { AcademicYear, Class, Subject } from './reference';
import { Student } from './students';

export const Exam = pgTable(
  'Exam',
  {
    id: id(),
    schoolId: schoolId(),
    academicYearId: uuid('academicYearId')
      .notNull()
      .references(() => AcademicYear.id),
    classId: uuid('classId')
      .notNull()
      .references(() => Class.id),
    subjectId: uuid('subjectId')
      .notNull()
      .references(() => Subject.id),
    name: varchar('name', { length: 100 }).notNull(),
    maxMarks: numeric('maxMarks', { precision: 6, scale: 2 }).notNull(),
    examDate: date('examDate').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('Exam_schoolId_classId_idx').on(t.schoolId, t.classId), check('Exam_maxMarks_positive', sql`${t.maxMarks} > 0`)],
);

export const Result = pgTable(
  'Result',
  {
    id: id(),
    schoolId: schoolId(),
    examId: uuid('examId')
      .notNull()
      .references(() => Exam.id, { onDelete: 'cascade' }),
    studentId: uuid('studentId')
      .notNull()
      .references(() => Student.id, { onDelete: 'cascade' }),
    /** NULL exactly when the student was absent. */
    marks: numeric('marks', { precision: 6, scale: 2 }),
    isAbsent: boolean('isAbsent').notNull().default(false),
    remarks: text('remarks'),
    enteredBy: uuid('enteredBy'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('Result_schoolId_examId_idx').on(t.schoolId, t.examId),
    index('Result_studentId_idx').on(t.studentId),
    uniqueIndex('Result_examId_studentId_key').on(t.examId, t.studentId),
    check('Result_marks_or_absent', sql`(${t.isAbsent} AND ${t.marks} IS NULL) OR (NOT ${t.isAbsent} AND ${t.marks} >= 0)`),
  ],
);
