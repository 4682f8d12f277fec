/** The rows the student module's resolvers receive (codegen maps its GraphQL types onto them). */
import type { school } from '@syncad/shared-db';
import type { AttendanceRow } from '../attendance';

export type { SchoolExecutor as Db } from '@syncad/shared-db';

/**
 * A Student row as its fields read it (no schoolId or timestamps: no field reads them, so the
 * roster does not select them), with what the list that read it already joined: Student.rollNo
 * and Student.attendanceOn answer from these without a loader call (a promise) per student.
 */
export type StudentRow = Omit<typeof school.Student.$inferSelect, 'schoolId' | 'createdAt' | 'updatedAt'> & {
  /** The open placement's roll number. */
  currentRollNo?: number | null;
  /** The student's mark on `date` (null: not marked). */
  markOn?: { date: string; mark: AttendanceRow | null };
};

export type StudentClassRow = typeof school.StudentClass.$inferSelect;
