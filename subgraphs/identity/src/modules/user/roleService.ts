/** Roles, modules and permission flags of the caller's school. */
import { AppError, postgresErrorOf } from '@syncad/platform';
import { BUILTIN_ROLE_NAMES, notifyInvalidation, PERMISSIONS_CHANGED_CHANNEL } from '@syncad/shared-db';
import { parseId } from '@syncad/subgraph-kit';
import { membershipData } from './membershipData';
import type { IdentityContext } from '../../context';
import { roleData, type ModuleRow, type PermissionFlags, type RoleRow } from './roleData';

export interface RolePermissionResult extends PermissionFlags {
  role: RoleRow;
  module: string;
}

/** The school's administrators always keep full rights on user administration: no lock-out. */
const PROTECTED = { role: 'SCHOOL_ADMIN', module: 'user' };
/** A school's own roles: enough for any school's staffing, a bound on what one admin can create. */
const MAX_OWN_ROLES = 50;
const ROLE_NAME = /^[A-Z][A-Z0-9_]{1,49}$/;

export function isBuiltinRole(name: string): boolean {
  return (BUILTIN_ROLE_NAMES as readonly string[]).includes(name);
}

function roleName(value: string): string {
  const name = value.trim();
  if (!ROLE_NAME.test(name)) {
    throw AppError.badInput('name must be 2 to 50 capital letters, digits and underscores, starting with a letter', 'name');
  }
  if (isBuiltinRole(name)) throw AppError.conflict(`${name} is a built-in role's name`);
  return name;
}

function description(value: string | null | undefined): string | null | undefined {
  if (value === undefined || value === null) return undefined;
  const text = value.trim();
  if (text.length > 500) throw AppError.badInput('description must be at most 500 characters', 'description');
  return text === '' ? null : text;
}

/** A unique violation on the role's name (two admins creating one name at once) is the CONFLICT it is. */
function nameTaken(err: unknown): never {
  if (postgresErrorOf(err)?.code === '23505') throw AppError.conflict('the school has a role of that name already');
  throw err;
}

async function schoolRole(ctx: IdentityContext, roleId: string): Promise<RoleRow> {
  const [role] = await roleData.bySchoolAndIds(ctx.central, ctx.requireCaller().schoolId, [parseId(roleId, 'roleId')]);
  if (!role) throw AppError.notFound('role');
  return role;
}

export const roleService = {
  roles(ctx: IdentityContext): Promise<RoleRow[]> {
    return roleData.ofSchool(ctx.central, ctx.requireCaller().schoolId);
  },

  modules(ctx: IdentityContext): Promise<ModuleRow[]> {
    ctx.requireCaller();
    return roleData.modules(ctx.central);
  },

  async create(ctx: IdentityContext, input: { name: string; basedOn: string; description?: string | null }): Promise<RoleRow> {
    const { schoolId } = ctx.requireCaller();
    const name = roleName(input.name);
    const base = await roleData.byName(ctx.central, schoolId, input.basedOn);
    if (!base) throw AppError.badInput(`this school has no role named "${input.basedOn}"`, 'basedOn');
    return ctx.central
      .transaction(async (tx) => {
        // Serialises role creation in the school, so the bound holds under concurrent requests.
        await roleData.lockByName(tx, schoolId, PROTECTED.role);
        if ((await roleData.countOthers(tx, schoolId, BUILTIN_ROLE_NAMES)) >= MAX_OWN_ROLES) {
          throw AppError.conflict(`a school has at most ${MAX_OWN_ROLES} roles of its own`);
        }
        if (await roleData.byName(tx, schoolId, name)) throw AppError.conflict('the school has a role of that name already');
        const row = { schoolId, name, description: description(input.description) ?? null, isSelfScoped: base.isSelfScoped };
        return roleData.insertCopy(tx, row, base.id);
      })
      .catch(nameTaken);
  },

  async update(ctx: IdentityContext, input: { roleId: string; name?: string | null; description?: string | null }): Promise<RoleRow> {
    const role = await schoolRole(ctx, input.roleId);
    const changes: { name?: string; description?: string | null } = {};
    if (input.name != null && input.name.trim() !== role.name) {
      if (isBuiltinRole(role.name)) throw AppError.badInput('a built-in role keeps its name', 'name');
      changes.name = roleName(input.name);
    }
    const text = description(input.description);
    if (text !== undefined || input.description === '') changes.description = text ?? null;
    if (Object.keys(changes).length === 0) return role;
    // A write in a transaction of the request: the audit trail names its author.
    return ctx.central.transaction((tx) => roleData.update(tx, role.id, changes)).catch(nameTaken);
  },

  async remove(ctx: IdentityContext, roleId: string): Promise<string> {
    const role = await schoolRole(ctx, roleId);
    if (isBuiltinRole(role.name)) throw AppError.badInput('a built-in role cannot be deleted', 'roleId');
    await ctx.central
      .transaction(async (tx) => {
        if ((await membershipData.countWithRole(tx, role.id)) > 0) throw AppError.conflict('members of the school hold this role');
        if ((await roleData.countApiKeys(tx, role.id)) > 0) throw AppError.conflict('an API key (revoked ones included) names this role');
        if (!(await roleData.deleteWithEndedSessions(tx, role.id))) throw AppError.conflict('an open session still holds this role');
        await notifyInvalidation(tx, PERMISSIONS_CHANGED_CHANNEL, role.id);
      })
      // A member or key given the role while it was being deleted: the foreign key refuses the delete.
      .catch((err) => {
        if (postgresErrorOf(err)?.code === '23503') throw AppError.conflict('the role was just given to someone');
        throw err;
      });
    return ctx.globalIds.seal('Role', role.id);
  },

  async setPermission(ctx: IdentityContext, roleName: string, moduleName: string, flags: PermissionFlags): Promise<RolePermissionResult> {
    const { schoolId } = ctx.requireCaller();
    if ((flags.write || flags.delete) && !flags.read) throw AppError.badInput('write and delete need read', 'read');
    const role = await roleData.byName(ctx.central, schoolId, roleName.trim());
    if (!role) throw AppError.badInput(`this school has no role named "${roleName.trim()}"`, 'roleName');
    const module = await roleData.moduleByName(ctx.central, moduleName.trim());
    if (!module) throw AppError.badInput(`there is no module named "${moduleName.trim()}"`, 'module');
    if (role.name === PROTECTED.role && module.name === PROTECTED.module && !(flags.read && flags.write && flags.delete)) {
      throw AppError.conflict(`${PROTECTED.role} must keep every permission on the ${PROTECTED.module} module`);
    }
    const permission = { read: flags.read, write: flags.write, delete: flags.delete };
    await ctx.central.transaction(async (tx) => {
      await roleData.setPermission(tx, role.id, module.id, permission);
      await notifyInvalidation(tx, PERMISSIONS_CHANGED_CHANNEL, role.id);
    });
    return { role, module: module.name, ...permission };
  },
};
