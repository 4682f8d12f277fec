/** The rows the attendance module's resolvers receive (codegen maps its GraphQL types onto them). */
import type { school } from '@syncad/shared-db';
import type { StudentRow } from '../student';

export type { SchoolExecutor as Db } from '@syncad/shared-db';

/** An Attendance row as AttendanceRecord reads it (no schoolId or timestamps: the roster does not select them). */
export type AttendanceRow = Omit<typeof school.Attendance.$inferSelect, 'schoolId' | 'createdAt' | 'updatedAt'>;

/** Attendance counts over [from, to], computed in SQL; studentId null for a class total. */
export type AttendanceSummaryRow = {
  studentId: string | null;
  from: string;
  to: string;
  present: number;
  absent: number;
  late: number;
  leave: number;
  markedDays: number;
  percentage: string | null;
};

export interface ClassAttendanceSummaryModel {
  classId: string;
  divisionId: string | null;
  from: string;
  to: string;
  totals: AttendanceSummaryRow;
  students: AttendanceSummaryRow[];
}

export interface ClassRegisterModel {
  classId: string;
  divisionId: string | null;
  from: string;
  to: string;
  rows: { student: StudentRow; records: AttendanceRow[] }[];
}
