/** The user module's DataLoaders: users and roles of the caller's school only (another school's id loads as null). */
import { studentAccountsOf } from '@syncad/shared-db';
import { loaderById, type RequestContext } from '@syncad/subgraph-kit';
import { roleData, type RoleRow } from './roleData';
import { userData, type SchoolUser } from './userData';

/**
 * The directory a self-scoped caller (student, guardian) sees: staff, themselves, and the accounts
 * of their own students; never another family's. The users' roles come from the request's role
 * loader (their cards read them anyway); one more statement, only when a self-scoped account is
 * among the users asked for.
 */
async function visibleToSelfScoped(
  ctx: RequestContext,
  roles: { loadMany(ids: string[]): Promise<Array<RoleRow | null | Error>> },
  users: SchoolUser[],
): Promise<SchoolUser[]> {
  const { caller } = ctx;
  const others = users.filter((u) => u.id !== caller!.userId);
  if (others.length === 0) return users;
  const scopedRoles = new Set(
    (await roles.loadMany([...new Set(others.map((u) => u.roleId))])).flatMap((r) =>
      r && !(r instanceof Error) && r.isSelfScoped ? [r.id] : [],
    ),
  );
  if (!others.some((u) => scopedRoles.has(u.roleId))) return users;
  const own = ctx.schoolDb && ctx.ownStudents ? (await ctx.ownStudents()).all : [];
  const children = new Set(own.length > 0 ? await studentAccountsOf(await ctx.schoolDb!(), own) : []);
  return users.filter((u) => u.id === caller!.userId || !scopedRoles.has(u.roleId) || children.has(u.id));
}

export function userLoaders(ctx: RequestContext) {
  const { central, caller } = ctx;
  const schoolId = caller?.schoolId;
  const roles = loaderById((ids) => (schoolId ? roleData.bySchoolAndIds(central, schoolId, ids) : Promise.resolve([])));
  return {
    users: loaderById(async (ids) => {
      if (!schoolId) return [];
      const users = await userData.bySchoolAndIds(central, schoolId, ids);
      return caller.selfScoped ? visibleToSelfScoped(ctx, roles, users) : users;
    }),
    apiKeyActors: loaderById((ids) => (schoolId ? userData.apiKeyActors(central, schoolId, ids) : Promise.resolve([]))),
    roles,
  };
}
