/**
 * Who is a member of which school, with which role. One definition of "active member" for
 * every service: the membership is active AND so is the user, and the membership is no
 * invitation still waiting for the person to sign in to that school (login asks for those too).
 */
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
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
  /** An invitation of an existing account, accepted when the person signs in to this school. */
  pending: boolean;
}

/** The active memberships of `userIds` (in `schoolId` only, when given), by school name; one statement. Pending invitations only with `includePending`. */
export function activeMemberships(
  db: CentralExecutor,
  userIds: readonly string[],
  schoolId?: string,
  options: { includePending?: boolean } = {},
): Promise<ActiveMembership[]> {
  return db
    .select({
      userId: EmployeeUserSchool.userId,
      schoolId: School.id,
      schoolName: School.name,
      subdomain: School.subdomain,
      roleId: Role.id,
      roleName: Role.name,
      selfScoped: Role.isSelfScoped,
      pending: sql<boolean>`(${EmployeeUserSchool.invitedAt} IS NOT NULL)`,
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
        options.includePending ? undefined : isNull(EmployeeUserSchool.invitedAt),
      ),
    )
    .orderBy(asc(School.name));
}
