/**
 * The shapes the resolvers receive (codegen maps GraphQL types onto them): Drizzle rows, plus
 * a few computed models. Also the Db type every data function takes (a client or a transaction).
 */
import type { SchoolDb } from '@syncad/shared-db';
import { school } from '@syncad/shared-db';

/** A school database client or an open transaction on it. */
export type Db = SchoolDb | Parameters<Parameters<SchoolDb['transaction']>[0]>[0];

export type StudentRow = typeof school.Student.$inferSelect;
export type StudentClassRow = typeof school.StudentClass.$inferSelect;
export type AcademicYearRow = typeof school.AcademicYear.$inferSelect;
export type ClassRow = typeof school.Class.$inferSelect;
export type DivisionRow = typeof school.Division.$inferSelect;
export type SubjectRow = typeof school.Subject.$inferSelect;
export type GradeBandRow = typeof school.GradeBand.$inferSelect;
export type AttendanceRow = typeof school.Attendance.$inferSelect;
export type ExamRow = typeof school.Exam.$inferSelect;
export type AnnouncementRow = typeof school.Announcement.$inferSelect;
export type LeaveApplicationRow = typeof school.LeaveApplication.$inferSelect;
export type MessageThreadRow = typeof school.MessageThread.$inferSelect;
export type MessageRow = typeof school.Message.$inferSelect;
export type BookRow = typeof school.Book.$inferSelect;
export type BookCopyRow = typeof school.BookCopy.$inferSelect;
export type LibraryIssueRow = typeof school.LibraryBookIssue.$inferSelect;

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

/** A Result row with what SQL derives from the exam and the grading scale. */
export type ExamResultRow = {
  id: string;
  examId: string;
  studentId: string;
  marks: string | null;
  isAbsent: boolean;
  remarks: string | null;
  percentage: string | null;
  grade: string | null;
  rank: number | null;
};
