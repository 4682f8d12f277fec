/**
 * School-database queries that several subgraphs need about rows academics owns (finance and
 * transport scope a STUDENT caller to their own student, and check student ids). Written once
 * here rather than by each subgraph against another's table.
 */
import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { SchoolDb } from './schoolDb';
import { StudentGuardian } from './schema/school/guardians';
import { Student } from './schema/school/students';

/** A school database client or an open transaction on it. */
export type SchoolExecutor = SchoolDb | Parameters<Parameters<SchoolDb['transaction']>[0]>[0];

/** A self-scoped caller's own students: the one their account is (a STUDENT), and the children whose link they accepted (a GUARDIAN). */
export interface OwnStudents {
  /** The children the user is an accepted guardian of. */
  children: readonly string[];
  /** Both: every student whose rows the caller may read. */
  all: readonly string[];
}

/** The students linked to a user account, as itself or as a guardian whose invitation was accepted; one statement. */
export async function ownStudentsOf(db: SchoolExecutor, userId: string): Promise<OwnStudents> {
  const rows = await db
    .select({ id: Student.id, self: sql<boolean>`true` })
    .from(Student)
    .where(eq(Student.userId, userId))
    .unionAll(
      db
        .select({ id: StudentGuardian.studentId, self: sql<boolean>`false` })
        .from(StudentGuardian)
        .where(and(eq(StudentGuardian.userId, userId), isNotNull(StudentGuardian.acceptedAt))),
    );
  const children = rows.filter((r) => !r.self).map((r) => r.id);
  return { children, all: [...new Set(rows.map((r) => r.id))] };
}

/** The user accounts (STUDENT logins) of these students, where linked. */
export async function studentAccountsOf(db: SchoolExecutor, studentIds: readonly string[]): Promise<string[]> {
  if (studentIds.length === 0) return [];
  const rows = await db
    .select({ userId: Student.userId })
    .from(Student)
    .where(and(inArray(Student.id, [...studentIds]), isNotNull(Student.userId)));
  return rows.map((r) => r.userId!);
}

/** Which of `ids` (canonical uuids) are students of this school's database. */
export async function existingStudentIds(db: SchoolExecutor, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: Student.id })
    .from(Student)
    .where(inArray(Student.id, [...ids]));
  return new Set(rows.map((r) => r.id));
}
