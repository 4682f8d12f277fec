/** SQL on EmployeeUserSchool for administration: adding a member, changing a role, keeping an admin. (Who is an active member is shared-db's activeMemberships.) */
import { central, type CentralExecutor } from '@syncad/shared-db';
import { and, count, eq, ne, sql } from 'drizzle-orm';

/** A membership as administration needs it. */
export interface MembershipRow {
  roleId: string;
  isActive: boolean;
  /** Still an invitation the person has not accepted. */
  pending: boolean;
  invitedProfile: central.InvitedProfile | null;
  /** Memberships of the same account in other schools (invitations included). */
  otherSchools: number;
}

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

  /** The user's membership of the school, locked until the transaction ends; undefined when none. */
  async lock(db: CentralExecutor, schoolId: string, userId: string): Promise<MembershipRow | undefined> {
    const [row] = await db
      .select({
        roleId: EmployeeUserSchool.roleId,
        isActive: EmployeeUserSchool.isActive,
        pending: sql<boolean>`(${EmployeeUserSchool.invitedAt} IS NOT NULL)`,
        invitedProfile: EmployeeUserSchool.invitedProfile,
        // Qualified by hand: inside the subquery an unqualified "userId" would be o's own.
        otherSchools: sql<number>`(SELECT count(*)::int FROM "EmployeeUserSchool" o
          WHERE o."userId" = "EmployeeUserSchool"."userId" AND o."schoolId" <> "EmployeeUserSchool"."schoolId")`,
      })
      .from(EmployeeUserSchool)
      .where(and(eq(EmployeeUserSchool.schoolId, schoolId), eq(EmployeeUserSchool.userId, userId)))
      .for('update');
    return row;
  },

  async setActive(db: CentralExecutor, schoolId: string, userId: string, isActive: boolean): Promise<void> {
    await db
      .update(EmployeeUserSchool)
      .set({ isActive })
      .where(and(eq(EmployeeUserSchool.schoolId, schoolId), eq(EmployeeUserSchool.userId, userId)));
  },

  /** What the school typed for an invitation it has not seen accepted. */
  async setInvitedProfile(db: CentralExecutor, schoolId: string, userId: string, profile: central.InvitedProfile): Promise<void> {
    await db
      .update(EmployeeUserSchool)
      .set({ invitedProfile: profile })
      .where(and(eq(EmployeeUserSchool.schoolId, schoolId), eq(EmployeeUserSchool.userId, userId)));
  },

  async remove(db: CentralExecutor, schoolId: string, userId: string): Promise<void> {
    await db.delete(EmployeeUserSchool).where(and(eq(EmployeeUserSchool.schoolId, schoolId), eq(EmployeeUserSchool.userId, userId)));
  },

  /** How many memberships (any state) hold the role. */
  async countWithRole(db: CentralExecutor, roleId: string): Promise<number> {
    const [row] = await db.select({ n: count() }).from(EmployeeUserSchool).where(eq(EmployeeUserSchool.roleId, roleId));
    return row.n;
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
