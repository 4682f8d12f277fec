/**
 * Is the session behind an access token still live (not revoked, not expired, same user, school
 * and role)? Cached for at most `ttlMillis`, and forgotten at once when identity announces a
 * revocation (NOTIFY syncad_session_revoked, payload = session id).
 */
import { isLiveSession, isUuid, sessionState, type CentralDb, type SessionState } from '@syncad/shared-db';
import type { Caller } from '@syncad/platform';
import { LoadingCache } from '@syncad/platform';

export class SessionCheck {
  readonly cache: LoadingCache<SessionState | null>;

  constructor(
    private readonly db: CentralDb,
    ttlMillis: number,
  ) {
    this.cache = new LoadingCache(ttlMillis);
  }

  async isLive(caller: Caller): Promise<boolean> {
    if (!isUuid(caller.sessionId)) return false;
    const id = caller.sessionId.toLowerCase();
    return isLiveSession(await this.cache.get(id, () => sessionState(this.db, id)), caller);
  }

  forget(sessionId: string): void {
    this.cache.delete(sessionId.toLowerCase());
  }

  forgetAll(): void {
    this.cache.clear();
  }
}
