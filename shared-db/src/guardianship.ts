/**
 * What ends a guardian's access, written once for identity (unlinkGuardian) and academics (a
 * student who leaves or is removed): the links go in the school database, and a guardian left
 * with no link there loses the school (their GUARDIAN membership and its sessions) centrally.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import { EmployeeUserSchool, Role } from './schema/central';
import { StudentGuardian } from './schema/school/guardians';
import type { CentralDb } from './centralDb';
import { revokeSessions } from './central/sessions';
import type { SchoolExecutor } from './schoolQueries';

/** The built-in role guardians hold (migrations' builtinRoles). */
export const GUARDIAN_ROLE = 'GUARDIAN';

/**
 * Deletes the guardian links of `studentIds` (only `userId`'s, when given), accepted or still
 * invitations; answers the guardians who have no link left in this school.
 */
export async function removeGuardianLinks(tx: SchoolExecutor, studentIds: readonly string[], userId?: string): Promise<string[]> {
  if (studentIds.length === 0) return [];
  const removed = await tx
    .delete(StudentGuardian)
    .where(and(inArray(StudentGuardian.studentId, [...studentIds]), userId ? eq(StudentGuardian.userId, userId) : undefined))
    .returning({ userId: StudentGuardian.userId });
  const users = [...new Set(removed.map((r) => r.userId))];
  if (users.length === 0) return [];
  const remaining = await tx
    .selectDistinct({ userId: StudentGuardian.userId })
    .from(StudentGuardian)
    .where(inArray(StudentGuardian.userId, users));
  const kept = new Set(remaining.map((r) => r.userId));
  return users.filter((u) => !kept.has(u));
}

/**
 * Ends the GUARDIAN memberships of `userIds` in the school, and their sessions there (every
 * gateway is told at once). A member holding another role (staff, a student's own account) keeps it.
 */
export async function releaseGuardianMemberships(central: CentralDb, schoolId: string, userIds: readonly string[]): Promise<void> {
  if (userIds.length === 0) return;
  await central.transaction(async (tx) => {
    const released = await tx
      .delete(EmployeeUserSchool)
      .where(
        and(
          eq(EmployeeUserSchool.schoolId, schoolId),
          inArray(EmployeeUserSchool.userId, [...userIds]),
          sql`${EmployeeUserSchool.roleId} IN (SELECT ${Role.id} FROM ${Role} WHERE ${Role.schoolId} = ${schoolId} AND ${Role.name} = ${GUARDIAN_ROLE})`,
        ),
      )
      .returning({ userId: EmployeeUserSchool.userId });
    for (const { userId } of released) await revokeSessions(tx, userId, 'GUARDIAN_UNLINKED', { schoolId });
  });
}
