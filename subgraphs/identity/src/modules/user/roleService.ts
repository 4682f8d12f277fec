/** Roles, modules and permission flags of the caller's school. */
import { AppError } from '@syncad/platform';
import { notifyInvalidation, PERMISSIONS_CHANGED_CHANNEL } from '@syncad/shared-db';
import type { IdentityContext } from '../../context';
import { roleData, type ModuleRow, type PermissionFlags, type RoleRow } from './roleData';

export interface RolePermissionResult extends PermissionFlags {
  role: RoleRow;
  module: string;
}

/** The school's administrators always keep full rights on user administration: no lock-out. */
const PROTECTED = { role: 'SCHOOL_ADMIN', module: 'user' };

export const roleService = {
  roles(ctx: IdentityContext): Promise<RoleRow[]> {
    return roleData.ofSchool(ctx.central, ctx.requireCaller().schoolId);
  },

  modules(ctx: IdentityContext): Promise<ModuleRow[]> {
    ctx.requireCaller();
    return roleData.modules(ctx.central);
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
