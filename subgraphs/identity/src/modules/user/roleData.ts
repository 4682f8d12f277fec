/** SQL on Role, Module and Role_Module_Permission. */
import { central, type CentralExecutor } from '@syncad/shared-db';
import { and, asc, count, eq, gt, inArray, isNull, notInArray, sql } from 'drizzle-orm';

const { ApiKey, Role, Module, RoleModulePermission, Session } = central;

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

  /** A new role of the school with `from`'s flags on every module. */
  async insertCopy(
    db: CentralExecutor,
    row: { schoolId: string; name: string; description: string | null; isSelfScoped: boolean },
    from: string,
  ): Promise<RoleRow> {
    const [created] = await db.insert(Role).values(row).returning();
    await db.execute(sql`INSERT INTO ${RoleModulePermission} ("roleId", "moduleId", read, write, delete)
      SELECT ${created.id}, "moduleId", read, write, delete FROM ${RoleModulePermission} WHERE "roleId" = ${from}`);
    return created;
  },

  async update(db: CentralExecutor, id: string, changes: { name?: string; description?: string | null }): Promise<RoleRow> {
    const [updated] = await db.update(Role).set(changes).where(eq(Role.id, id)).returning();
    return updated;
  },

  /** Roles of the school whose names are not in `builtin`. */
  async countOthers(db: CentralExecutor, schoolId: string, builtin: readonly string[]): Promise<number> {
    const [row] = await db
      .select({ n: count() })
      .from(Role)
      .where(and(eq(Role.schoolId, schoolId), notInArray(Role.name, [...builtin])));
    return row.n;
  },

  /** API keys naming the role, revoked ones included. */
  async countApiKeys(db: CentralExecutor, roleId: string): Promise<number> {
    const [row] = await db.select({ n: count() }).from(ApiKey).where(eq(ApiKey.roleId, roleId));
    return row.n;
  },

  /**
   * Deletes the role and the ended sessions that named it (their history goes with it); false,
   * deleting nothing, while an open session still names it.
   */
  async deleteWithEndedSessions(db: CentralExecutor, roleId: string): Promise<boolean> {
    const open = await db
      .select({ id: Session.id })
      .from(Session)
      .where(and(eq(Session.roleId, roleId), isNull(Session.revokedAt), gt(Session.expiresAt, sql`now()`)))
      .limit(1);
    if (open.length > 0) return false;
    await db.delete(Session).where(eq(Session.roleId, roleId));
    await db.delete(Role).where(eq(Role.id, roleId));
    return true;
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
