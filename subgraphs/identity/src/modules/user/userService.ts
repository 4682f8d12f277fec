/** User administration rules, always within the caller's school. */
import { connection, lazyCount, pageRequest, parseId, type Connection } from '@syncad/subgraph-kit';
import { AppError } from '@syncad/platform';
import type { CentralTransaction } from '@syncad/shared-db';
import type { IdentityContext } from '../../context';
import { passwords } from '../../passwords';
import { sessions } from '../self';
import { membershipData, type MembershipRow } from './membershipData';
import { roleData } from './roleData';
import { userData, type SchoolUser, type UserPosition } from './userData';
import { validateNewUser, type NewUserInput } from './validateNewUser';

/** The role that administers a school; a school must always keep one. */
const ADMIN_ROLE = 'SCHOOL_ADMIN';
const USERS_LIST = 'users';

/** A member locked for a change, and whether they are the school's last active SCHOOL_ADMIN. */
export interface LockedMember {
  userId: string;
  schoolId: string;
  membership: MembershipRow;
  lastAdmin: boolean;
}

/** CONFLICT when the change would take the school's last active SCHOOL_ADMIN away. */
export function keepAnAdmin(member: LockedMember): void {
  if (member.lastAdmin) throw AppError.conflict(`the school must keep at least one active ${ADMIN_ROLE}`);
}

export const userService = {
  /**
   * Runs `work` in a transaction holding the school's admin role and the member's membership
   * locked (so two admins cannot remove each other at once). Someone who is no member is NOT_FOUND;
   * `self: false` refuses the caller themself.
   */
  async withMember<T>(
    ctx: IdentityContext,
    userId: string,
    options: { self: boolean },
    work: (tx: CentralTransaction, member: LockedMember) => Promise<T>,
  ): Promise<T> {
    const caller = ctx.requireCaller();
    const id = parseId(userId, 'userId');
    if (!options.self && id === caller.userId) throw AppError.badInput('not on your own account', 'userId');
    return ctx.central.transaction(async (tx) => {
      const adminRole = await roleData.lockByName(tx, caller.schoolId, ADMIN_ROLE);
      const membership = await membershipData.lock(tx, caller.schoolId, id);
      if (!membership) throw AppError.notFound('user');
      const lastAdmin =
        membership.roleId === adminRole?.id &&
        membership.isActive &&
        (await membershipData.countOthersWithRole(tx, caller.schoolId, membership.roleId, id)) === 0;
      return work(tx, { userId: id, schoolId: caller.schoolId, membership, lastAdmin });
    });
  },

  /** The member as the school sees them, read in `tx`. */
  async reload(tx: CentralTransaction, schoolId: string, userId: string): Promise<SchoolUser> {
    const [user] = await userData.bySchoolAndIds(tx, schoolId, [userId]);
    return user;
  },

  async list(
    ctx: IdentityContext,
    args: { first?: number | null; after?: string | null },
    countAsked = false,
  ): Promise<Connection<SchoolUser>> {
    const { schoolId } = ctx.requireCaller();
    const page = pageRequest(ctx.cursors, USERS_LIST, args);
    const after = page.after as UserPosition | null;
    const totalCount = lazyCount(() => userData.countInSchool(ctx.central, schoolId), countAsked);
    const rows = await userData.page(ctx.central, schoolId, page.size + 1, after);
    return connection(ctx.cursors, USERS_LIST, page, rows, totalCount, (row) => row.position);
  },

  /**
   * Adds a person to the caller's school. A new email (or phone) gets an account with the given
   * password. One that has an account already (in any school) gets an invitation instead: the
   * account keeps its own password, and the membership takes effect when the person signs in to
   * this school with it. The answer is the same either way (the school sees what it typed), so
   * createUser tells nobody whether an email or phone is in use elsewhere.
   */
  async create(ctx: IdentityContext, input: NewUserInput): Promise<SchoolUser> {
    const { schoolId } = ctx.requireCaller();
    const user = validateNewUser(input);
    const role = await roleData.byName(ctx.central, schoolId, user.roleName);
    if (!role) throw AppError.badInput(`this school has no role named "${user.roleName}"`, 'roleName');
    const { password, roleName: _roleName, ...profile } = user;
    // Hashed whichever way it goes: the answer's timing says nothing either.
    const passwordHash = await passwords.hash(password);
    const accounts = await userData.withEmailOrPhone(ctx.central, schoolId, user.email, user.phone);
    if (accounts.some((a) => a.member)) throw AppError.conflict('this email or phone belongs to a member of this school already');
    // The account the email names, else the one the phone names.
    const existing = accounts.find((a) => user.email !== null && a.email === user.email) ?? accounts[0];
    return ctx.central.transaction(async (tx) => {
      let id: string;
      if (existing) {
        id = existing.id;
        await membershipData.insert(tx, { userId: id, schoolId, roleId: role.id, invitedAt: new Date(), invitedProfile: profile });
      } else {
        id = await userData.insert(tx, { ...profile, passwordHash });
        await membershipData.insert(tx, { userId: id, schoolId, roleId: role.id });
      }
      return userService.reload(tx, schoolId, id);
    });
  },

  /** Changes the role and ends the user's sessions in this school, so the new role applies at once. */
  async assignRole(ctx: IdentityContext, userId: string, roleName: string): Promise<SchoolUser> {
    const { schoolId } = ctx.requireCaller();
    const role = await roleData.byName(ctx.central, schoolId, roleName.trim());
    if (!role) throw AppError.badInput(`this school has no role named "${roleName.trim()}"`, 'roleName');
    return userService.withMember(ctx, userId, { self: true }, async (tx, member) => {
      if (member.membership.roleId !== role.id) {
        keepAnAdmin(member);
        await membershipData.setRole(tx, schoolId, member.userId, role.id);
        await sessions.endAll(tx, member.userId, 'ROLE_CHANGED', { schoolId });
      }
      return userService.reload(tx, schoolId, member.userId);
    });
  },
};
