/** The user module's DataLoaders: users and roles of the caller's school only (another school's id loads as null). */
import { studentAccountsOf, type OwnStudents } from '@syncad/shared-db';
import { loaderById, type RequestContext } from '@syncad/subgraph-kit';
import { roleData } from './roleData';
import { userData, type SchoolUser } from './userData';

type ScopedContext = RequestContext & { ownStudents(): Promise<OwnStudents> };

/**
 * The directory a self-scoped caller (student, guardian) sees: staff, themselves, and the accounts
 * of their own students; never another family's. Two more statements, only when a self-scoped
 * account is among the users asked for.
 */
async function visibleToSelfScoped(ctx: ScopedContext, schoolId: string, users: SchoolUser[]): Promise<SchoolUser[]> {
  const { caller, central } = ctx;
  const others = users.filter((u) => u.id !== caller!.userId);
  if (others.length === 0) return users;
  const roles = await roleData.bySchoolAndIds(central, schoolId, [...new Set(others.map((u) => u.roleId))]);
  const scopedRoles = new Set(roles.filter((r) => r.isSelfScoped).map((r) => r.id));
  if (!others.some((u) => scopedRoles.has(u.roleId))) return users;
  const children = new Set(ctx.schoolDb ? await studentAccountsOf(await ctx.schoolDb(), (await ctx.ownStudents()).all) : []);
  return users.filter((u) => u.id === caller!.userId || !scopedRoles.has(u.roleId) || children.has(u.id));
}

export function userLoaders(ctx: ScopedContext) {
  const { central, caller } = ctx;
  const schoolId = caller?.schoolId;
  return {
    users: loaderById(async (ids) => {
      if (!schoolId) return [];
      const users = await userData.bySchoolAndIds(central, schoolId, ids);
      return caller.selfScoped ? visibleToSelfScoped(ctx, schoolId, users) : users;
    }),
    apiKeyActors: loaderById((ids) => (schoolId ? userData.apiKeyActors(central, schoolId, ids) : Promise.resolve([]))),
    roles: loaderById((ids) => (schoolId ? roleData.bySchoolAndIds(central, schoolId, ids) : Promise.resolve([]))),
  };
}
