/** What a session row says about an access token's validity (the gateway checks it per request), and revoking sessions. */
import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import { Session } from '../schema/central';
import type { CentralExecutor } from './CentralExecutor';
import { notifyInvalidation, SESSION_REVOKED_CHANNEL } from './notifications';

export interface SessionState {
  userId: string;
  schoolId: string;
  roleId: string;
  expiresAt: Date;
  revokedAt: Date | null;
}

export async function sessionState(db: CentralExecutor, sessionId: string): Promise<SessionState | null> {
  const rows = await db
    .select({
      userId: Session.userId,
      schoolId: Session.schoolId,
      roleId: Session.roleId,
      expiresAt: Session.expiresAt,
      revokedAt: Session.revokedAt,
    })
    .from(Session)
    .where(eq(Session.id, sessionId))
    .limit(1);
  return rows[0] ?? null;
}

/** Live: not revoked, not expired, and still naming the same user, school and role. */
export function isLiveSession(
  state: SessionState | null,
  expected: { userId: string; schoolId: string; roleId: string },
  now = Date.now(),
): boolean {
  return (
    state !== null &&
    state.revokedAt === null &&
    state.expiresAt.getTime() > now &&
    state.userId === expected.userId &&
    state.schoolId === expected.schoolId &&
    state.roleId === expected.roleId
  );
}

/** Revokes the user's open sessions (in one school, or all but one), telling every gateway at once. */
export async function revokeSessions(
  db: CentralExecutor,
  userId: string,
  reason: string,
  scope: { schoolId?: string; keepSessionId?: string } = {},
): Promise<void> {
  const revoked = await db
    .update(Session)
    .set({ revokedAt: sql`now()`, revokedReason: reason })
    .where(
      and(
        eq(Session.userId, userId),
        isNull(Session.revokedAt),
        scope.schoolId ? eq(Session.schoolId, scope.schoolId) : undefined,
        scope.keepSessionId ? ne(Session.id, scope.keepSessionId) : undefined,
      ),
    )
    .returning({ id: Session.id });
  for (const { id } of revoked) await notifyInvalidation(db, SESSION_REVOKED_CHANNEL, id);
}
