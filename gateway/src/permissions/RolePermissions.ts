/**
 * A role's Role_Module_Permission flags, cached for `ttlMillis` and forgotten at once when identity
 * announces a change (NOTIFY syncad_permissions_changed, payload = role id). Past the TTL a role
 * asked again within STALE_MILLIS gets the cached flags while they reload in the background: the
 * NOTIFY is what makes a change take effect; the TTL only bounds a missed one (the listener also
 * forgets everything when it reconnects), and by one reload more.
 */
import { grantedPermissions, type CentralDb } from '@syncad/shared-db';
import { LoadingCache } from '@syncad/platform';

/** "module:action" pairs the role holds, e.g. "student:read". */
export type GrantedPermissions = ReadonlySet<string>;

/** Above the few seconds between one role's requests seen under load (4-7 s), and little more. */
const STALE_MILLIS = 10_000;

export class RolePermissions {
  readonly cache: LoadingCache<GrantedPermissions>;

  constructor(
    private readonly db: CentralDb,
    ttlMillis: number,
  ) {
    this.cache = new LoadingCache(ttlMillis, undefined, STALE_MILLIS);
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
