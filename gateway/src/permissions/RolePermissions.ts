/**
 * A role's Role_Module_Permission flags, cached for at most `ttlMillis` and forgotten at once
 * when identity announces a change (NOTIFY syncad_permissions_changed, payload = role id).
 */
import { grantedPermissions, type CentralDb } from '@syncad/shared-db';
import { TtlCache } from '../auth/TtlCache';

/** "module:action" pairs the role holds, e.g. "student:read". */
export type GrantedPermissions = ReadonlySet<string>;

export class RolePermissions {
  readonly cache: TtlCache<GrantedPermissions>;

  constructor(
    private readonly db: CentralDb,
    ttlMillis: number,
  ) {
    this.cache = new TtlCache(ttlMillis);
  }

  granted(roleId: string): Promise<GrantedPermissions> {
    return this.cache.get(roleId.toLowerCase(), () => grantedPermissions(this.db, roleId));
  }

  forget(roleId: string): void {
    this.cache.delete(roleId.toLowerCase());
  }

  forgetAll(): void {
    this.cache.clear();
  }
}
