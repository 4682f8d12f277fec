/** SQL on Session and RefreshToken. */
import { central, notifyInvalidation, revokeSessions, SESSION_REVOKED_CHANNEL, type CentralExecutor } from '@syncad/shared-db';
import { and, desc, eq, gt, inArray, isNull, sql } from 'drizzle-orm';

const { Session, RefreshToken, School } = central;

export type SessionRow = typeof Session.$inferSelect;

export interface LockedRefreshToken {
  id: string;
  expiresAt: Date;
  usedAt: Date | null;
  successorSealed: string | null;
  session: SessionRow;
}

/** A session as its owner sees it in `me`. */
export interface DeviceSessionRow {
  id: string;
  userId: string;
  schoolName: string;
  userAgent: string | null;
  clientAddress: string | null;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
}

/** Where a login or refresh came from. */
export interface Device {
  userAgent: string | null;
  clientAddress: string | null;
}

/** The most sessions `me` lists (newest first); older ones still work and can be ended by logging out there. */
export const MAX_LISTED_SESSIONS = 50;

export const sessions = {
  async create(db: CentralExecutor, row: { userId: string; schoolId: string; roleId: string; expiresAt: Date } & Device): Promise<string> {
    const [created] = await db.insert(Session).values(row).returning({ id: Session.id });
    return created.id;
  },

  /** A refresh: the session lives on, seen now from `device`. */
  async extend(db: CentralExecutor, sessionId: string, expiresAt: Date, device: Device): Promise<void> {
    await db
      .update(Session)
      .set({ expiresAt, lastSeenAt: sql`now()`, ...device })
      .where(eq(Session.id, sessionId));
  },

  /** The open sessions of each user (in `schoolId` only, when given), newest first (at most MAX_LISTED_SESSIONS each). */
  async openOfUsers(db: CentralExecutor, userIds: readonly string[], schoolId?: string): Promise<DeviceSessionRow[]> {
    const rows = await db
      .select({
        id: Session.id,
        userId: Session.userId,
        schoolName: School.name,
        userAgent: Session.userAgent,
        clientAddress: Session.clientAddress,
        createdAt: Session.createdAt,
        lastSeenAt: Session.lastSeenAt,
        expiresAt: Session.expiresAt,
      })
      .from(Session)
      .innerJoin(School, eq(School.id, Session.schoolId))
      .where(
        and(
          inArray(Session.userId, [...userIds]),
          schoolId ? eq(Session.schoolId, schoolId) : undefined,
          isNull(Session.revokedAt),
          gt(Session.expiresAt, sql`now()`),
        ),
      )
      .orderBy(desc(Session.lastSeenAt), desc(Session.id));
    const perUser = new Map<string, number>();
    return rows.filter((r) => {
      const n = (perUser.get(r.userId) ?? 0) + 1;
      perUser.set(r.userId, n);
      return n <= MAX_LISTED_SESSIONS;
    });
  },

  /**
   * Revokes the session if it is still open (and `owner`'s, when given) and announces it to the
   * gateways; true when this call ended it.
   */
  async end(db: CentralExecutor, sessionId: string, reason: string, owner: { userId?: string; schoolId?: string } = {}): Promise<boolean> {
    const revoked = await db
      .update(Session)
      .set({ revokedAt: sql`now()`, revokedReason: reason })
      .where(
        and(
          eq(Session.id, sessionId),
          isNull(Session.revokedAt),
          owner.userId ? eq(Session.userId, owner.userId) : undefined,
          owner.schoolId ? eq(Session.schoolId, owner.schoolId) : undefined,
        ),
      )
      .returning({ id: Session.id });
    if (revoked.length > 0) await notifyInvalidation(db, SESSION_REVOKED_CHANNEL, sessionId);
    return revoked.length > 0;
  },

  /**
   * Revokes the user's open sessions (only those in `scope.schoolId`, and not `scope.keepSessionId`,
   * when given) and announces each to the gateways, which refuse their tokens at once.
   */
  async endAll(
    db: CentralExecutor,
    userId: string,
    reason: string,
    scope: { schoolId?: string; keepSessionId?: string } = {},
  ): Promise<void> {
    await revokeSessions(db, userId, reason, scope);
  },

  async addRefreshToken(db: CentralExecutor, sessionId: string, tokenHash: string, expiresAt: Date): Promise<void> {
    await db.insert(RefreshToken).values({ sessionId, tokenHash, expiresAt });
  },

  /** The refresh token and its session, the token row locked FOR UPDATE until the transaction ends. */
  async lockRefreshToken(db: CentralExecutor, tokenHash: string): Promise<LockedRefreshToken | undefined> {
    const [row] = await db
      .select({
        id: RefreshToken.id,
        expiresAt: RefreshToken.expiresAt,
        usedAt: RefreshToken.usedAt,
        successorSealed: RefreshToken.successorSealed,
        session: Session,
      })
      .from(RefreshToken)
      .innerJoin(Session, eq(Session.id, RefreshToken.sessionId))
      .where(eq(RefreshToken.tokenHash, tokenHash))
      .for('update', { of: RefreshToken });
    return row;
  },

  /** Spends the token, keeping its successor sealed for the grace window. */
  async markRefreshTokenUsed(db: CentralExecutor, id: string, successorSealed: string): Promise<void> {
    await db
      .update(RefreshToken)
      .set({ usedAt: sql`now()`, successorSealed })
      .where(eq(RefreshToken.id, id));
  },

  /** Whether the refresh token with this hash is still unspent. */
  async isUnspent(db: CentralExecutor, tokenHash: string): Promise<boolean> {
    const [row] = await db.select({ usedAt: RefreshToken.usedAt }).from(RefreshToken).where(eq(RefreshToken.tokenHash, tokenHash));
    return row !== undefined && row.usedAt === null;
  },

  /** Seconds since the token was spent, by the database's clock. */
  async secondsSinceUsed(db: CentralExecutor, id: string): Promise<number> {
    const [row] = await db
      .select({ s: sql<number>`extract(epoch from now() - ${RefreshToken.usedAt})::float8` })
      .from(RefreshToken)
      .where(eq(RefreshToken.id, id));
    return Number(row?.s ?? Infinity);
  },
};
