/** Role_Module_Permission flags: every module for every role, absent rows read as "no access". */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { Module, Role, RoleModulePermission } from '../schema/central';
import type { CentralExecutor } from './CentralExecutor';

export interface ModulePermissionRow {
  roleId: string;
  module: string;
  read: boolean;
  write: boolean;
  delete: boolean;
}

/** Every module for every role of `roleIds`, by module name; one statement. */
export function permissionsOfRoles(db: CentralExecutor, roleIds: readonly string[]): Promise<ModulePermissionRow[]> {
  return db
    .select({
      roleId: Role.id,
      module: Module.name,
      read: sql<boolean>`coalesce(${RoleModulePermission.read}, false)`,
      write: sql<boolean>`coalesce(${RoleModulePermission.write}, false)`,
      delete: sql<boolean>`coalesce(${RoleModulePermission.delete}, false)`,
    })
    .from(Role)
    .crossJoin(Module)
    .leftJoin(RoleModulePermission, and(eq(RoleModulePermission.roleId, Role.id), eq(RoleModulePermission.moduleId, Module.id)))
    .where(inArray(Role.id, [...roleIds]))
    .orderBy(asc(Module.name));
}

/** The "module:action" pairs a role holds, e.g. "student:read". */
export async function grantedPermissions(db: CentralExecutor, roleId: string): Promise<Set<string>> {
  const granted = new Set<string>();
  for (const p of await permissionsOfRoles(db, [roleId])) {
    if (p.read) granted.add(`${p.module}:read`);
    if (p.write) granted.add(`${p.module}:write`);
    if (p.delete) granted.add(`${p.module}:delete`);
  }
  return granted;
}
