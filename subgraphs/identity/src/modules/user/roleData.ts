/** SQL on Role, Module and Role_Module_Permission. */
import { central, type CentralExecutor } from '@syncad/shared-db';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';

const { Role, Module, RoleModulePermission } = central;

export type RoleRow = typeof Role.$inferSelect;
export type ModuleRow = typeof Module.$inferSelect;

export interface PermissionFlags {
  read: boolean;
  write: boolean;
  delete: boolean;
}

export const roleData = {
  ofSchool(db: CentralExecutor, schoolId: string): Promise<RoleRow[]> {
    return db.select().from(Role).where(eq(Role.schoolId, schoolId)).orderBy(asc(Role.name));
  },

  bySchoolAndIds(db: CentralExecutor, schoolId: string, ids: readonly string[]): Promise<RoleRow[]> {
    return db
      .select()
      .from(Role)
      .where(and(eq(Role.schoolId, schoolId), inArray(Role.id, [...ids])));
  },

  async byName(db: CentralExecutor, schoolId: string, name: string): Promise<RoleRow | undefined> {
    const [row] = await db
      .select()
      .from(Role)
      .where(and(eq(Role.schoolId, schoolId), eq(Role.name, name)));
    return row;
  },

  /** Locks the role row until the transaction ends: serialises changes that must see each other. */
  async lockByName(db: CentralExecutor, schoolId: string, name: string): Promise<RoleRow | undefined> {
    const [row] = await db
      .select()
      .from(Role)
      .where(and(eq(Role.schoolId, schoolId), eq(Role.name, name)))
      .for('update');
    return row;
  },

  modules(db: CentralExecutor): Promise<ModuleRow[]> {
    return db.select().from(Module).orderBy(asc(Module.name));
  },

  async moduleByName(db: CentralExecutor, name: string): Promise<ModuleRow | undefined> {
    const [row] = await db.select().from(Module).where(eq(Module.name, name));
    return row;
  },

  async setPermission(db: CentralExecutor, roleId: string, moduleId: string, flags: PermissionFlags): Promise<void> {
    await db
      .insert(RoleModulePermission)
      .values({ roleId, moduleId, ...flags })
      .onConflictDoUpdate({
        target: [RoleModulePermission.roleId, RoleModulePermission.moduleId],
        set: { ...flags, updatedAt: sql`now()` },
      });
  },
};
