/**
 * School-database queries that several subgraphs need about rows academics owns (finance and
 * transport scope a STUDENT caller to their own student, and check student ids). Written once
 * here rather than by each subgraph against another's table.
 */
import { eq, inArray } from 'drizzle-orm';
import type { SchoolDb } from './schoolDb';
import { Student } from './schema/school/students';

/** A school database client or an open transaction on it. */
export type SchoolExecutor = SchoolDb | Parameters<Parameters<SchoolDb['transaction']>[0]>[0];

/** The student linked to a user account (a STUDENT login), or null. */
export async function studentIdOfUser(db: SchoolExecutor, userId: string): Promise<string | null> {
  const rows = await db.select({ id: Student.id }).from(Student).where(eq(Student.userId, userId)).limit(1);
  return rows[0]?.id ?? null;
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
