/** SQL on Session and RefreshToken. */
import { central, type CentralExecutor } from '@syncad/shared-db';
import { and, eq, isNull, sql } from 'drizzle-orm';

const { Session, RefreshToken } = central;

export type SessionRow = typeof Session.$inferSelect;

export interface LockedRefreshToken {
  id: string;
  expiresAt: Date;
  usedAt: Date | null;
  session: SessionRow;
}

export const sessions = {
  async create(
    db: CentralExecutor,
    row: { userId: string; schoolId: string; roleId: string; userAgent: string | null; expiresAt: Date },
  ): Promise<string> {
    const [created] = await db.insert(Session).values(row).returning({ id: Session.id });
    return created.id;
  },

  async extend(db: CentralExecutor, sessionId: string, expiresAt: Date): Promise<void> {
    await db.update(Session).set({ expiresAt }).where(eq(Session.id, sessionId));
  },

  /** Revokes the session if it is still open; true when this call revoked it. */
  async revoke(db: CentralExecutor, sessionId: string, reason: string, userId?: string): Promise<boolean> {
    const revoked = await db
      .update(Session)
      .set({ revokedAt: sql`now()`, revokedReason: reason })
      .where(and(eq(Session.id, sessionId), isNull(Session.revokedAt), userId ? eq(Session.userId, userId) : undefined))
      .returning({ id: Session.id });
    return revoked.length > 0;
  },

  /** Revokes every open session of the user in the school; returns their ids. */
  async revokeAllInSchool(db: CentralExecutor, userId: string, schoolId: string, reason: string): Promise<string[]> {
    const revoked = await db
      .update(Session)
      .set({ revokedAt: sql`now()`, revokedReason: reason })
      .where(and(eq(Session.userId, userId), eq(Session.schoolId, schoolId), isNull(Session.revokedAt)))
      .returning({ id: Session.id });
    return revoked.map((r) => r.id);
  },

  async addRefreshToken(db: CentralExecutor, sessionId: string, tokenHash: string, expiresAt: Date): Promise<void> {
    await db.insert(RefreshToken).values({ sessionId, tokenHash, expiresAt });
  },

  /** The refresh token and its session, the token row locked FOR UPDATE until the transaction ends. */
  async lockRefreshToken(db: CentralExecutor, tokenHash: string): Promise<LockedRefreshToken | undefined> {
    const [row] = await db
      .select({ id: RefreshToken.id, expiresAt: RefreshToken.expiresAt, usedAt: RefreshToken.usedAt, session: Session })
      .from(RefreshToken)
      .innerJoin(Session, eq(Session.id, RefreshToken.sessionId))
      .where(eq(RefreshToken.tokenHash, tokenHash))
      .for('update', { of: RefreshToken });
    return row;
  },

  async markRefreshTokenUsed(db: CentralExecutor, id: string): Promise<void> {
    await db.update(RefreshToken).set({ usedAt: sql`now()` }).where(eq(RefreshToken.id, id));
  },
};
