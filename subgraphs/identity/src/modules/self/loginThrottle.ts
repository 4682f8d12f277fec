/**
 * Login throttling that slows guessing without letting a stranger lock the real user out. Every
 * attempt is counted before the password is checked (so parallel guesses cannot slip past), under
 * three keys at once:
 * - the account from this address: a few free attempts, then growing delays, and at most
 *   `perClient.max` in its window (a guesser at one address gets ~10 tries per 15 minutes);
 * - the account from anywhere: a much higher ceiling (`perAccount`), so one address can never
 *   exhaust it, while a botnet still gets few guesses per hour;
 * - the address across accounts (`perAddress`): password spraying.
 * A refused attempt is not counted and says when to come back. A success forgives its own attempt
 * and clears the account-from-this-address key, so the real user's logins cost them nothing.
 * One row per key in LoginThrottle; rows are locked in key order, so concurrent logins serialise.
 */
import { central, type CentralExecutor, type CentralDb } from '@syncad/shared-db';
import { inArray, sql } from 'drizzle-orm';

const { LoginThrottle } = central;

export interface ThrottlePolicy {
  perClient: { max: number; windowSeconds: number; freeAttempts: number; maxDelaySeconds: number };
  perAccount: { max: number; windowSeconds: number };
  perAddress: { max: number; windowSeconds: number };
}

/** Who attempts: the account (a user id, or the login text when no account matches) and the client's address. */
export interface Attempt {
  account: string;
  address: string | null;
}

interface Limit {
  key: string;
  max: number;
  windowSeconds: number;
  growingDelay?: { freeAttempts: number; maxDelaySeconds: number };
}

function limitsOf(attempt: Attempt, policy: ThrottlePolicy): Limit[] {
  const address = attempt.address ?? 'unknown';
  return [
    { key: `pair:${attempt.account}|${address}`, ...policy.perClient, growingDelay: policy.perClient },
    { key: `account:${attempt.account}`, ...policy.perAccount },
    ...(attempt.address ? [{ key: `address:${attempt.address}`, ...policy.perAddress }] : []),
  ].map((l) => ({ ...l, key: l.key.slice(0, 300) }));
}

/** Seconds until `limit` admits another attempt, given its row (0: now). */
function waitFor(limit: Limit, row: { failures: number; windowStartedAt: Date; lastAttemptAt: Date }, now: number): number {
  const windowEnds = row.windowStartedAt.getTime() + limit.windowSeconds * 1000;
  if (windowEnds <= now) return 0;
  if (row.failures >= limit.max) return (windowEnds - now) / 1000;
  const delay = limit.growingDelay;
  if (!delay || row.failures < delay.freeAttempts) return 0;
  const seconds = Math.min(2 ** (row.failures - delay.freeAttempts), delay.maxDelaySeconds);
  return Math.max(0, (row.lastAttemptAt.getTime() + seconds * 1000 - now) / 1000);
}

export const loginThrottle = {
  /** Counts the attempt and returns 0, or, counting nothing, the seconds until one is admitted. */
  admit(db: CentralDb, attempt: Attempt, policy: ThrottlePolicy): Promise<number> {
    const limits = limitsOf(attempt, policy);
    const keys = limits.map((l) => l.key).sort();
    return db.transaction(async (tx) => {
      await tx
        .insert(LoginThrottle)
        .values(keys.map((loginKey) => ({ loginKey, failures: 0 })))
        .onConflictDoNothing();
      const rows = await tx
        .select({
          key: LoginThrottle.loginKey,
          failures: LoginThrottle.failures,
          windowStartedAt: LoginThrottle.windowStartedAt,
          lastAttemptAt: LoginThrottle.lastAttemptAt,
          now: sql<Date>`now()`,
        })
        .from(LoginThrottle)
        .where(inArray(LoginThrottle.loginKey, keys))
        .orderBy(LoginThrottle.loginKey)
        .for('update');
      const now = new Date(rows[0].now).getTime();
      const byKey = new Map(rows.map((r) => [r.key, r]));
      const wait = Math.max(...limits.map((l) => waitFor(l, byKey.get(l.key)!, now)));
      if (wait > 0) return wait;
      for (const limit of limits) {
        const expired = sql`${LoginThrottle.windowStartedAt} <= now() - make_interval(secs => ${limit.windowSeconds})`;
        await tx
          .update(LoginThrottle)
          .set({
            failures: sql`CASE WHEN ${expired} THEN 1 ELSE ${LoginThrottle.failures} + 1 END`,
            windowStartedAt: sql`CASE WHEN ${expired} THEN now() ELSE ${LoginThrottle.windowStartedAt} END`,
            lastAttemptAt: sql`now()`,
          })
          .where(sql`${LoginThrottle.loginKey} = ${limit.key}`);
      }
      return 0;
    });
  },

  /** A successful login: its attempt is forgiven everywhere and its account-from-this-address count cleared. */
  async forgive(db: CentralExecutor, attempt: Attempt, policy: ThrottlePolicy): Promise<void> {
    const [pair, ...shared] = limitsOf(attempt, policy).map((l) => l.key);
    await db.delete(LoginThrottle).where(sql`${LoginThrottle.loginKey} = ${pair}`);
    await db
      .update(LoginThrottle)
      .set({ failures: sql`greatest(${LoginThrottle.failures} - 1, 0)` })
      .where(inArray(LoginThrottle.loginKey, shared));
  },
};
