/** The rows the exam module's resolvers receive (codegen maps its GraphQL types onto them). */
import type { school } from '@syncad/shared-db';

export type { SchoolExecutor as Db } from '@syncad/shared-db';

export type GradeBandRow = typeof school.GradeBand.$inferSelect;

export type ExamRow = typeof school.Exam.$inferSelect;

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
