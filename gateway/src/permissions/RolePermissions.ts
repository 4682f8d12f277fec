/**
 * A role's Role_Module_Permission flags, cached for at most `ttlMillis` and forgotten at once
 * when identity announces a change (NOTIFY syncad_permissions_changed, payload = role id).
 */
import { central, type CentralDb } from '@syncad/shared-db';
import { eq } from 'drizzle-orm';
import { TtlCache } from '../auth/TtlCache';

/** "module:action" pairs the role holds, e.g. "student:read". */
export type GrantedPermissions = ReadonlySet<string>;

export class RolePermissions {
  private readonly cache: TtlCache<GrantedPermissions>;

  constructor(
    private readonly db: CentralDb,
    ttlMillis: number,
  ) {
    this.cache = new TtlCache(ttlMillis);
  }

  granted(roleId: string): Promise<GrantedPermissions> {
    return this.cache.get(roleId.toLowerCase(), () => this.load(roleId));
  }

  forget(roleId: string): void {
    this.cache.delete(roleId.toLowerCase());
  }

  forgetAll(): void {
    this.cache.clear();
  }

  private async load(roleId: string): Promise<GrantedPermissions> {
    const P = central.RoleModulePermission;
    const rows = await this.db
      .select({ module: central.Module.name, read: P.read, write: P.write, delete: P.delete })
      .from(P)
      .innerJoin(central.Module, eq(central.Module.id, P.moduleId))
      .where(eq(P.roleId, roleId));
    const granted = new Set<string>();
    for (const r of rows) {
      if (r.read) granted.add(`${r.module}:read`);
      if (r.write) granted.add(`${r.module}:write`);
      if (r.delete) granted.add(`${r.module}:delete`);
    }
    return granted;
  }
}
