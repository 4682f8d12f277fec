/** SQL on EmployeeUserSchool: which schools a user belongs to, and with which role. */
import { central } from '@syncad/shared-db';
import { and, asc, count, eq, inArray, ne } from 'drizzle-orm';
import type { CentralExecutor } from './CentralExecutor';

const { EmployeeUserSchool, School, Role } = central;

export interface Membership {
  userId: string;
  schoolId: string;
  schoolName: string;
  subdomain: string;
  roleId: string;
  roleName: string;
  selfScoped: boolean;
}

export const memberships = {
  /** Active memberships of the users, with school and role, by school name. */
  activeOfUsers(db: CentralExecutor, userIds: readonly string[]): Promise<Membership[]> {
    return db
      .select({
        userId: EmployeeUserSchool.userId,
        schoolId: School.id,
        schoolName: School.name,
        subdomain: School.subdomain,
        roleId: Role.id,
        roleName: Role.name,
        selfScoped: Role.isSelfScoped,
      })
      .from(EmployeeUserSchool)
      .innerJoin(School, eq(School.id, EmployeeUserSchool.schoolId))
      .innerJoin(Role, eq(Role.id, EmployeeUserSchool.roleId))
      .where(and(inArray(EmployeeUserSchool.userId, [...userIds]), eq(EmployeeUserSchool.isActive, true)))
      .orderBy(asc(School.name));
  },

  async insert(db: CentralExecutor, row: { userId: string; schoolId: string; roleId: string }): Promise<void> {
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
