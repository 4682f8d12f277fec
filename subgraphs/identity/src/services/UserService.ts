/** User administration rules, always within the caller's school. */
import { AppError, type Caller } from '@syncad/subgraph-kit';
import type { CentralDb } from '@syncad/shared-db';
import { isUuid } from '@syncad/shared-db';
import { memberships } from '../data/memberships';
import { notify } from '../data/notify';
import { roles } from '../data/roles';
import { sessions } from '../data/sessions';
import { users, type SchoolUser } from '../data/users';
import { passwords } from './passwords';
import { validateNewUser, type NewUserInput } from './validateNewUser';

export interface UserPage {
  edges: { cursor: string; node: SchoolUser }[];
  nodes: SchoolUser[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

const PAGE_SIZE = { default: 20, max: 100 };
/** The role that administers a school; a school must always keep one. */
const ADMIN_ROLE = 'SCHOOL_ADMIN';

const cursorOf = (userId: string) => Buffer.from(userId).toString('base64url');

function afterIdOf(cursor: string | null | undefined): string | null {
  if (cursor === null || cursor === undefined) return null;
  const id = Buffer.from(cursor, 'base64url').toString();
  if (!isUuid(id)) throw AppError.badInput('after is not a cursor from this list', 'after');
  return id;
}

export class UserService {
  constructor(private readonly db: CentralDb) {}

  async list(caller: Caller, first: number | null | undefined, after: string | null | undefined): Promise<UserPage> {
    if (first !== null && first !== undefined && first < 1) throw AppError.badInput('first must be at least 1', 'first');
    const size = Math.min(first ?? PAGE_SIZE.default, PAGE_SIZE.max);
    const [rows, totalCount] = await Promise.all([
      users.page(this.db, caller.schoolId, size + 1, afterIdOf(after)),
      users.countInSchool(this.db, caller.schoolId),
    ]);
    const page = rows.slice(0, size);
    return {
      edges: page.map((node) => ({ cursor: cursorOf(node.id), node })),
      nodes: page,
      pageInfo: { hasNextPage: rows.length > size, endCursor: page.length ? cursorOf(page[page.length - 1].id) : null },
      totalCount,
    };
  }

  async create(caller: Caller, input: NewUserInput): Promise<SchoolUser> {
    const user = validateNewUser(input);
    const role = await roles.byName(this.db, caller.schoolId, user.roleName);
    if (!role) throw AppError.badInput(`this school has no role named "${user.roleName}"`, 'roleName');
    // Any school's user counts: an account is never linked to a second school silently.
    const taken = await users.withEmailOrPhone(this.db, user.email, user.phone);
    if (taken.some((t) => user.email !== null && t.email === user.email)) throw AppError.conflict('this email is already in use');
    if (taken.length > 0) throw AppError.conflict('this phone number is already in use');

    const passwordHash = await passwords.hash(user.password);
    return this.db.transaction(async (tx) => {
      const { password: _password, roleName: _roleName, ...profile } = user;
      const id = await users.insert(tx, { ...profile, passwordHash });
      await memberships.insert(tx, { userId: id, schoolId: caller.schoolId, roleId: role.id });
      const [created] = await users.bySchoolAndIds(tx, caller.schoolId, [id]);
      return created;
    });
  }

  /** Changes the role and ends the user's sessions in this school, so the new role applies at once. */
  async assignRole(caller: Caller, userId: string, roleName: string): Promise<SchoolUser> {
    const role = await roles.byName(this.db, caller.schoolId, roleName.trim());
    if (!role) throw AppError.badInput(`this school has no role named "${roleName.trim()}"`, 'roleName');
    if (!isUuid(userId)) throw AppError.notFound('user');
    return this.db.transaction(async (tx) => {
      // Serialises role changes in the school, so two admins cannot demote each other at once.
      const adminRole = await roles.lockByName(tx, caller.schoolId, ADMIN_ROLE);
      const current = await memberships.roleOf(tx, caller.schoolId, userId);
      if (!current) throw AppError.notFound('user');
      if (current.roleId !== role.id) {
        const lastAdmin =
          current.roleId === adminRole?.id &&
          (await memberships.countOthersWithRole(tx, caller.schoolId, current.roleId, userId)) === 0;
        if (lastAdmin) throw AppError.conflict(`the school must keep at least one ${ADMIN_ROLE}`);
        await memberships.setRole(tx, caller.schoolId, userId, role.id);
        for (const sessionId of await sessions.revokeAllInSchool(tx, userId, caller.schoolId, 'ROLE_CHANGED')) {
          await notify(tx, 'syncad_session_revoked', sessionId);
        }
      }
      const [updated] = await users.bySchoolAndIds(tx, caller.schoolId, [userId]);
      return updated;
    });
  }
}
