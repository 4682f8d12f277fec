/**
 * Who is a member of which school, with which role. One definition of "active member" for
 * every service: the membership is active AND so is the user, and the membership is no
 * invitation still waiting for the person to sign in to that school (login asks for those too).
 */
import { sql } from 'drizzle-orm';
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
export async function activeMemberships(
  db: CentralExecutor,
  userIds: readonly string[],
  schoolId?: string,
  options: { includePending?: boolean } = {},
): Promise<ActiveMembership[]> {
  // Plain SQL, not Drizzle's builder: this is the read of every `me` (its builder and row mapping
  // were ~20% of identity's CPU on a dashboard request), and one text serves every variant.
  const { rows } = await db.execute<ActiveMembership & Record<string, unknown>>(sql`
    SELECT eus."userId" AS "userId", s.id AS "schoolId", s.name AS "schoolName", s.subdomain,
      r.id AS "roleId", r.name AS "roleName", r."isSelfScoped" AS "selfScoped", (eus."invitedAt" IS NOT NULL) AS pending
    FROM ${EmployeeUserSchool} eus
    JOIN ${User} u ON u.id = eus."userId"
    JOIN ${School} s ON s.id = eus."schoolId"
    JOIN ${Role} r ON r.id = eus."roleId"
    WHERE eus."userId" = ANY(${sql.param([...userIds])}::uuid[])
      AND (${schoolId ?? null}::uuid IS NULL OR eus."schoolId" = ${schoolId ?? null}::uuid)
      AND eus."isActive" AND u."isActive"
      AND (${options.includePending === true}::boolean OR eus."invitedAt" IS NULL)
    ORDER BY s.name`);
  return rows;
}
