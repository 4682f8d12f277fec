/**
 * API keys presented as bearer tokens: the key's row (cached for at most `ttlMillis`, forgotten at
 * once when identity announces a revocation, a permission change or an ended session) must match
 * the secret, be neither revoked nor expired, nor suspended (its creator no longer administers
 * users in the school). The caller is then the key itself: its school and role, with the key's id
 * as its principal, never its creator (so nothing personal of theirs is reachable through it).
 * Last use is recorded at most once a minute per key.
 */
import { apiKeyState, touchApiKey, type ApiKeyState, type CentralDb } from '@syncad/shared-db';
import { AppError, BoundedCache, LoadingCache, parseApiKey, sameHash, type Caller } from '@syncad/platform';

const TOUCH_EVERY_MILLIS = 60_000;

export class ApiKeys {
  private readonly cache: LoadingCache<ApiKeyState | null>;
  /** When each key's last use was recorded. */
  private readonly touched = new BoundedCache<string, number>({ max: 10_000, ttlMillis: TOUCH_EVERY_MILLIS });

  constructor(
    private readonly db: CentralDb,
    ttlMillis: number,
  ) {
    this.cache = new LoadingCache(ttlMillis);
  }

  async verify(token: string): Promise<Caller> {
    const refused = () => AppError.unauthenticated('invalid, expired or revoked API key').withHttpStatus();
    const parsed = parseApiKey(token);
    if (!parsed) throw refused();
    const key = await this.cache.get(parsed.keyId, () => apiKeyState(this.db, parsed.keyId));
    if (!key || !sameHash(key.secretHash, parsed.secretHash) || key.revokedAt || (key.expiresAt && key.expiresAt.getTime() <= Date.now())) {
      throw refused();
    }
    if (!key.creatorAdministersUsers) {
      throw AppError.unauthenticated(
        'the API key is suspended: the person who created it no longer administers users in this school',
      ).withHttpStatus();
    }
    this.touch(key.id);
    return {
      userId: key.id,
      sessionId: key.id,
      schoolId: key.schoolId,
      roleId: key.roleId,
      roleName: key.roleName,
      selfScoped: false,
      apiKey: true,
    };
  }

  forget(keyId: string): void {
    this.cache.delete(keyId);
  }

  forgetAll(): void {
    this.cache.clear();
  }

  private touch(keyId: string): void {
    if (this.touched.has(keyId)) return;
    this.touched.set(keyId, Date.now());
    // Bookkeeping only: a failed write must not fail the request.
    touchApiKey(this.db, keyId).catch(() => this.touched.delete(keyId));
  }
}
