/**
 * The central side of a guardian invitation: the account and its GUARDIAN membership. Whatever
 * the email or phone names (a new person, an account of another school, a guardian of this
 * school already), the work and the answer look the same to the inviting school, so an
 * invitation tells nobody whether an email or phone is in use elsewhere (as createUser).
 */
import { AppError } from '@syncad/platform';
import { central, GUARDIAN_ROLE } from '@syncad/shared-db';
import type { IdentityContext } from '../../context';
import { passwords } from '../../passwords';
import { membershipData, roleData, userData } from '../user';

export type GuardianProfile = central.InvitedProfile;

/**
 * The id of the account `profile` names, a member of the school as GUARDIAN: a new account gets
 * `code` as its one-time password (signed in with a new one, as after resetPassword); an account
 * of another school gets a pending membership (accepted when its holder signs in here with their
 * own password). A member of the school with another role is CONFLICT: one account has one role
 * in a school, so a teacher who is also a parent is invited with another email or phone.
 */
export async function guardianAccount(ctx: IdentityContext, schoolId: string, profile: GuardianProfile, code: string): Promise<string> {
  const role = await roleData.byName(ctx.central, schoolId, GUARDIAN_ROLE);
  if (!role) throw new AppError('INTERNAL_SERVER_ERROR', 'the school has no GUARDIAN role (run the migrations)');
  // Hashed whichever way it goes: the answer's timing says nothing either.
  const passwordHash = await passwords.hash(code);
  const accounts = await userData.withEmailOrPhone(ctx.central, schoolId, profile.email, profile.phone);
  const existing = accounts.find((a) => profile.email !== null && a.email === profile.email) ?? accounts[0];
  return ctx.central.transaction(async (tx) => {
    for (const account of accounts.filter((a) => a.member)) {
      const membership = await membershipData.lock(tx, schoolId, account.id);
      if (membership && membership.roleId !== role.id) {
        throw AppError.conflict(
          'this email or phone belongs to a member of the school with another role: a guardian needs an account of their own',
        );
      }
      if (membership && !membership.isActive) throw AppError.conflict("this guardian's membership is deactivated: reactivate it first");
    }
    if (existing?.member) return existing.id;
    if (existing) {
      await membershipData.insert(tx, { userId: existing.id, schoolId, roleId: role.id, invitedAt: new Date(), invitedProfile: profile });
      return existing.id;
    }
    const id = await userData.insert(tx, { ...profile, passwordHash, mustChangePassword: true });
    await membershipData.insert(tx, { userId: id, schoolId, roleId: role.id });
    return id;
  });
}
