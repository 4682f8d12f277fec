/**
 * Who is a member of which school, with which role. One definition of "active member" for
 * every service: the membership is active AND so is the user.
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import { EmployeeUserSchool, Role, School, User } from '../schema/central';
import type { CentralExecutor } from './CentralExecutor';

export interface ActiveMembership {
  userId: string;
  schoolId: string;
  schoolName: string;
  subdomain: string;
  roleId: string;
  roleName: string;
  selfScoped: boolean;
}

/** The active memberships of `userIds` (in `schoolId` only, when given), by school name; one statement. */
export function activeMemberships(db: CentralExecutor, userIds: readonly string[], schoolId?: string): Promise<ActiveMembership[]> {
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
    .innerJoin(User, eq(User.id, EmployeeUserSchool.userId))
    .innerJoin(School, eq(School.id, EmployeeUserSchool.schoolId))
    .innerJoin(Role, eq(Role.id, EmployeeUserSchool.roleId))
    .where(
      and(
        inArray(EmployeeUserSchool.userId, [...userIds]),
        schoolId === undefined ? undefined : eq(EmployeeUserSchool.schoolId, schoolId),
        eq(EmployeeUserSchool.isActive, true),
        eq(User.isActive, true),
      ),
    )
    .orderBy(asc(School.name));
}
