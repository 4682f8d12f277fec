/**
 * Is the session behind an access token still live (not revoked, not expired, same user, school
 * and role)? Cached for at most `ttlMillis`, and forgotten at once when identity announces a
 * revocation (NOTIFY syncad_session_revoked, payload = session id).
 */
import { central, isUuid, type CentralDb } from '@syncad/shared-db';
import type { Caller } from '@syncad/subgraph-kit';
import { eq } from 'drizzle-orm';
import { TtlCache } from './TtlCache';

interface SessionRow {
  userId: string;
  schoolId: string;
  roleId: string;
  expiresAt: Date;
  revokedAt: Date | null;
}

export class SessionCheck {
  private readonly cache: TtlCache<SessionRow | null>;

  constructor(
    private readonly db: CentralDb,
    ttlMillis: number,
  ) {
    this.cache = new TtlCache(ttlMillis);
  }

  async isLive(caller: Caller): Promise<boolean> {
    if (!isUuid(caller.sessionId)) return false;
    const id = caller.sessionId.toLowerCase();
    const row = await this.cache.get(id, () => this.load(id));
    return (
      row !== null &&
      row.revokedAt === null &&
      row.expiresAt.getTime() > Date.now() &&
      row.userId === caller.userId &&
      row.schoolId === caller.schoolId &&
      row.roleId === caller.roleId
    );
  }

  forget(sessionId: string): void {
    this.cache.delete(sessionId.toLowerCase());
  }

  forgetAll(): void {
    this.cache.clear();
  }

  private async load(id: string): Promise<SessionRow | null> {
    const S = central.Session;
    const rows = await this.db
      .select({ userId: S.userId, schoolId: S.schoolId, roleId: S.roleId, expiresAt: S.expiresAt, revokedAt: S.revokedAt })
      .from(S)
      .where(eq(S.id, id))
      .limit(1);
    return rows[0] ?? null;
  }
}
