/** SQL on EmployeeUserSchool for administration: adding a member, changing a role, keeping an admin. (Who is an active member is shared-db's activeMemberships.) */
import { central, type CentralExecutor } from '@syncad/shared-db';
import { and, count, eq, ne } from 'drizzle-orm';

const { EmployeeUserSchool } = central;

export const membershipData = {
  async insert(
    db: CentralExecutor,
    row: { userId: string; schoolId: string; roleId: string; invitedAt?: Date; invitedProfile?: central.InvitedProfile },
  ): Promise<void> {
    await db.insert(EmployeeUserSchool).values(row);
  },

  async roleOf(db: CentralExecutor, schoolId: string, userId: string): Promise<{ roleId: string } | undefined> {
    const [row] = await db
      .select({ roleId: EmployeeUserSchool.roleId })
      .from(EmployeeUserSchool)
      .where(and(eq(EmployeeUserSchool.schoolId, schoolId), eq(EmployeeUserSchool.userId, userId)));
    return row;
  },

  async setRole(db: CentralExecutor, schoolId: string, userId: string, roleId: string): Promise<void> {
    await db
      .update(EmployeeUserSchool)
      .set({ roleId })
      .where(and(eq(EmployeeUserSchool.schoolId, schoolId), eq(EmployeeUserSchool.userId, userId)));
  },

  /** Active members of the school holding the role, other than `exceptUserId`. */
  async countOthersWithRole(db: CentralExecutor, schoolId: string, roleId: string, exceptUserId: string): Promise<number> {
    const [row] = await db
      .select({ n: count() })
      .from(EmployeeUserSchool)
      .where(
        and(
          eq(EmployeeUserSchool.schoolId, schoolId),
          eq(EmployeeUserSchool.roleId, roleId),
          eq(EmployeeUserSchool.isActive, true),
          ne(EmployeeUserSchool.userId, exceptUserId),
        ),
      );
    return row.n;
  },
};
