/**
 * What an admin does to a member's account and membership. Every change is in one transaction
 * holding the member locked; what ends access (sessions, API keys) is announced to the gateways
 * before it commits, so it takes effect within their cache's 2 seconds.
 */
import { AppError } from '@syncad/platform';
import { API_KEY_REVOKED_CHANNEL, notifyInvalidation, type CentralTransaction } from '@syncad/shared-db';
import { parseId } from '@syncad/subgraph-kit';
import type { IdentityContext } from '../../context';
import { passwords } from '../../passwords';
import { accountData, sessions, type DeviceSessionRow } from '../self';
import { keepAnAdmin, membershipData, personName, userData, userService, type LockedMember, type SchoolUser } from '../user';

/** Ends the member's sessions in the school and has every gateway read API keys again (their creator's standing changed). */
async function endAccessInSchool(tx: CentralTransaction, member: LockedMember, reason: string): Promise<void> {
  await sessions.endAll(tx, member.userId, reason, { schoolId: member.schoolId });
  await notifyInvalidation(tx, API_KEY_REVOKED_CHANNEL, '');
}

/** An account the school alone holds: an accepted membership, and no other school's (invitations included). */
function requireOwnedBySchool(member: LockedMember): void {
  if (member.membership.pending || member.membership.otherSchools > 0) {
    throw AppError.forbidden("this account is not the school's alone (another school's, or an invitation): its owner changes it");
  }
}

export const accountAdminService = {
  async sessionsOf(ctx: IdentityContext, userId: string): Promise<DeviceSessionRow[]> {
    const { schoolId } = ctx.requireCaller();
    const id = parseId(userId, 'userId');
    if (!(await membershipData.roleOf(ctx.central, schoolId, id))) throw AppError.notFound('user');
    return sessions.openOfUsers(ctx.central, [id], schoolId);
  },

  resetPassword(ctx: IdentityContext, userId: string): Promise<{ user: SchoolUser; temporaryPassword: string }> {
    const temporaryPassword = passwords.temporary();
    return userService.withMember(ctx, userId, { self: false }, async (tx, member) => {
      requireOwnedBySchool(member);
      await accountData.setPassword(tx, member.userId, await passwords.hash(temporaryPassword), true);
      await sessions.endAll(tx, member.userId, 'PASSWORD_RESET');
      return { user: await userService.reload(tx, member.schoolId, member.userId), temporaryPassword };
    });
  },

  updateUser(ctx: IdentityContext, input: { userId: string; firstName?: string | null; lastName?: string | null }): Promise<SchoolUser> {
    return userService.withMember(ctx, input.userId, { self: true }, async (tx, member) => {
      const current = await userService.reload(tx, member.schoolId, member.userId);
      const names = {
        firstName: input.firstName == null ? current.firstName : (personName(input.firstName, 'firstName', true) as string),
        lastName:
          input.lastName === undefined || input.lastName === null ? current.lastName : personName(input.lastName, 'lastName', false),
      };
      const invited = member.membership.pending ? member.membership.invitedProfile : null;
      if (invited) await membershipData.setInvitedProfile(tx, member.schoolId, member.userId, { ...invited, ...names });
      else {
        requireOwnedBySchool(member);
        await userData.setNames(tx, member.userId, names);
      }
      return userService.reload(tx, member.schoolId, member.userId);
    });
  },

  setActive(ctx: IdentityContext, userId: string, active: boolean): Promise<SchoolUser> {
    return userService.withMember(ctx, userId, { self: false }, async (tx, member) => {
      if (member.membership.isActive !== active) {
        if (!active) keepAnAdmin(member);
        await membershipData.setActive(tx, member.schoolId, member.userId, active);
        if (active) await notifyInvalidation(tx, API_KEY_REVOKED_CHANNEL, '');
        else await endAccessInSchool(tx, member, 'DEACTIVATED');
      }
      return userService.reload(tx, member.schoolId, member.userId);
    });
  },

  async removeMembership(ctx: IdentityContext, userId: string): Promise<string> {
    const removed = await userService.withMember(ctx, userId, { self: false }, async (tx, member) => {
      keepAnAdmin(member);
      await membershipData.remove(tx, member.schoolId, member.userId);
      await endAccessInSchool(tx, member, 'MEMBERSHIP_REMOVED');
      return member.userId;
    });
    return ctx.globalIds.seal('User', removed);
  },

  /** Ends a session of a member of the caller's school, in that school; any other id is NOT_FOUND. */
  async endUserSession(ctx: IdentityContext, sessionId: string): Promise<boolean> {
    const { schoolId } = ctx.requireCaller();
    const id = parseId(sessionId, 'sessionId');
    const ended = await ctx.central.transaction((tx) => sessions.end(tx, id, 'ENDED_BY_ADMIN', { schoolId }));
    if (!ended) throw AppError.notFound(`session ${sessionId}`);
    return true;
  },
};
