/** Roles, modules and permission flags of the caller's school. */
import { AppError, type Caller } from '@syncad/subgraph-kit';
import type { CentralDb } from '@syncad/shared-db';
import { notify } from '../data/notify';
import { roles, type ModuleRow, type PermissionFlags, type RoleRow } from '../data/roles';

export interface RolePermissionResult extends PermissionFlags {
  role: RoleRow;
  module: string;
}

/** The school's administrators always keep full rights on user administration: no lock-out. */
const PROTECTED = { role: 'SCHOOL_ADMIN', module: 'user' };

export class RoleService {
  constructor(private readonly db: CentralDb) {}

  roles(caller: Caller): Promise<RoleRow[]> {
    return roles.ofSchool(this.db, caller.schoolId);
  }

  modules(): Promise<ModuleRow[]> {
    return roles.modules(this.db);
  }

  async setPermission(caller: Caller, roleName: string, moduleName: string, flags: PermissionFlags): Promise<RolePermissionResult> {
    if ((flags.write || flags.delete) && !flags.read) throw AppError.badInput('write and delete need read', 'read');
    const role = await roles.byName(this.db, caller.schoolId, roleName.trim());
    if (!role) throw AppError.badInput(`this school has no role named "${roleName.trim()}"`, 'roleName');
    const module = await roles.moduleByName(this.db, moduleName.trim());
    if (!module) throw AppError.badInput(`there is no module named "${moduleName.trim()}"`, 'module');
    if (role.name === PROTECTED.role && module.name === PROTECTED.module && !(flags.read && flags.write && flags.delete)) {
      throw AppError.conflict(`${PROTECTED.role} must keep every permission on the ${PROTECTED.module} module`);
    }
    const permission = { read: flags.read, write: flags.write, delete: flags.delete };
    await this.db.transaction(async (tx) => {
      await roles.setPermission(tx, role.id, module.id, permission);
      await notify(tx, 'syncad_permissions_changed', role.id);
    });
    return { role, module: module.name, ...permission };
  }
}
