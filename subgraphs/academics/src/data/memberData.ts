/** SQL on the central database: which user ids are active members of a school, and in which role. */
import { central, type CentralDb } from '@syncad/shared-db';
import { and, eq, inArray } from 'drizzle-orm';

const { EmployeeUserSchool, Role, User } = central;

export interface MemberRow {
  userId: string;
  roleName: string;
  selfScoped: boolean;
}

export const memberData = {
  /** The active members of `schoolId` among `userIds` (user and membership both active), in one statement. */
  activeIn(db: CentralDb, schoolId: string, userIds: readonly string[]): Promise<MemberRow[]> {
    return db
      .select({ userId: EmployeeUserSchool.userId, roleName: Role.name, selfScoped: Role.isSelfScoped })
      .from(EmployeeUserSchool)
      .innerJoin(User, eq(User.id, EmployeeUserSchool.userId))
      .innerJoin(Role, eq(Role.id, EmployeeUserSchool.roleId))
      .where(
        and(
          eq(EmployeeUserSchool.schoolId, schoolId),
          inArray(EmployeeUserSchool.userId, [...userIds]),
          eq(EmployeeUserSchool.isActive, true),
          eq(User.isActive, true),
        ),
      );
  },
};
