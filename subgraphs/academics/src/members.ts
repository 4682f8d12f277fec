/**
 * User ids from arguments against the caller's school (central database): an id that is no
 * active member reads as unknown, never as "belongs to another school".
 */
import { activeMemberships, GUARDIAN_ROLE, isUuid, type ActiveMembership } from '@syncad/shared-db';
import { loaderByKey, type SchoolRequestContext } from '@syncad/subgraph-kit';
import { AppError } from '@syncad/platform';
import type { AcademicsContext } from './context';

/** Active members of the caller's school by (parsed, lower-case) user id; unknown or malformed ids load as null. */
export function memberLoader({ central, schoolId }: SchoolRequestContext) {
  return loaderByKey<ActiveMembership>(
    (ids) => activeMemberships(central, ids.filter(isUuid), schoolId),
    (m) => m.userId,
  );
}

export const memberService = {
  /**
   * Every id (already parsed) is an active member of the school, or NOT_FOUND naming the first that
   * is not. A self-scoped caller (student, guardian) may name staff only: any other account reads
   * as unknown to them, so their messages go to the school, never to another family.
   */
  async requireAll(ctx: AcademicsContext, userIds: readonly string[]): Promise<void> {
    const members = await ctx.loaders.member.loadMany(userIds);
    // A failed lookup (central database down) stays an internal error, not a false NOT_FOUND.
    const failed = members.find((m) => m instanceof Error);
    if (failed) throw failed;
    const missing = members.findIndex((m) => !m || (ctx.caller.selfScoped && (m as ActiveMembership).selfScoped));
    if (missing >= 0) throw AppError.notFound(`user ${userIds[missing]}`);
  },

  /** The id is an active member of the school in a self-scoped student role (not a guardian's), or BAD_USER_INPUT on `userId`. */
  async requireStudentAccount(ctx: AcademicsContext, userId: string): Promise<void> {
    const member = await ctx.loaders.member.load(userId);
    if (!member?.selfScoped || member.roleName === GUARDIAN_ROLE) {
      throw AppError.badInput('userId is not a student account of this school', 'userId');
    }
  },

  /** The id is an active member of the school who is staff (no self-scoped role), or BAD_USER_INPUT on `field`. */
  async requireStaff(ctx: AcademicsContext, userId: string, field: string): Promise<void> {
    const member = await ctx.loaders.member.load(userId);
    if (!member || member.selfScoped) throw AppError.badInput(`${field} is not a staff member of this school`, field);
  },
};
