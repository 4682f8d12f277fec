/**
 * Registers the built-in modules (upsert: shared by all schools) and gives one school the
 * built-in roles with a permission row per role and module. Run it inside the transaction
 * that creates the School row so a school never exists without its roles.
 */
import { central, type CentralDb } from '@syncad/shared-db';
import { sql } from 'drizzle-orm';
import { BUILTIN_MODULES, BUILTIN_ROLES, type BuiltinRole, type ModuleDefinition } from './builtinRoles';

/** A central database or a transaction on it. */
export type CentralExecutor = Pick<CentralDb, 'insert'>;

export interface SeededRoles {
  /** Role name -> Role id. */
  roles: Record<string, string>;
  permissionRows: number;
}

/** Upserts the modules and returns name -> Module id. */
export async function upsertModules(
  db: CentralExecutor,
  modules: readonly ModuleDefinition[] = BUILTIN_MODULES,
): Promise<Record<string, string>> {
  const rows = await db
    .insert(central.Module)
    .values(modules.map((m) => ({ name: m.name, description: m.description })))
    .onConflictDoUpdate({ target: central.Module.name, set: { description: sql`excluded."description"` } })
    .returning({ id: central.Module.id, name: central.Module.name });
  return Object.fromEntries(rows.map((r) => [r.name, r.id]));
}

export async function seedBuiltinRoles(
  db: CentralExecutor,
  schoolId: string,
  roles: readonly BuiltinRole[] = BUILTIN_ROLES,
): Promise<SeededRoles> {
  const moduleIds = await upsertModules(db);
  const inserted = await db
    .insert(central.Role)
    .values(roles.map((r) => ({ schoolId, name: r.name, description: r.description, isSelfScoped: r.isSelfScoped })))
    .returning({ id: central.Role.id, name: central.Role.name });
  const roleIds = Object.fromEntries(inserted.map((r) => [r.name, r.id]));
  const permissionRows = roles.flatMap((r) =>
    Object.entries(r.permissions).map(([moduleName, flags]) => ({
      roleId: roleIds[r.name],
      moduleId: moduleIds[moduleName],
      ...flags,
    })),
  );
  await db.insert(central.RoleModulePermission).values(permissionRows);
  return { roles: roleIds, permissionRows: permissionRows.length };
}
