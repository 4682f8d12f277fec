/** SQL on LoginThrottle: one atomic statement per attempt, so concurrent guesses are all counted. */
import { central, type CentralExecutor } from '@syncad/shared-db';
import { eq, sql } from 'drizzle-orm';

const { LoginThrottle } = central;

export interface ThrottlePolicy {
  maxFailures: number;
  windowSeconds: number;
  lockSeconds: number;
}

export const loginThrottle = {
  /**
   * Counts an attempt for `key` BEFORE the password is checked (a success clears it again), and
   * returns whether the key is locked. A window or lock that has run out starts a fresh count;
   * the attempt after `maxFailures` counted ones starts a lock of `lockSeconds`.
   */
  async countAttempt(db: CentralExecutor, key: string, policy: ThrottlePolicy): Promise<boolean> {
    const window = sql`make_interval(secs => ${policy.windowSeconds})`;
    const lock = sql`make_interval(secs => ${policy.lockSeconds})`;
    const old = sql.raw('"LoginThrottle"');
    // A lock, once set, decides alone; without one, the window does. coalesce keeps NULLs out of NOT.
    const stale = sql`coalesce(${old}."lockedUntil" <= now(), ${old}."windowStartedAt" <= now() - ${window})`;
    const locked = sql`coalesce(${old}."lockedUntil" > now(), false)`;
    const [row] = await db
      .insert(LoginThrottle)
      .values({ loginKey: key, failures: 1 })
      .onConflictDoUpdate({
        target: LoginThrottle.loginKey,
        set: {
          failures: sql`CASE WHEN ${locked} THEN ${old}."failures" WHEN ${stale} THEN 1 ELSE ${old}."failures" + 1 END`,
          windowStartedAt: sql`CASE WHEN ${stale} THEN now() ELSE ${old}."windowStartedAt" END`,
          lockedUntil: sql`CASE WHEN ${locked} THEN ${old}."lockedUntil"
                                WHEN NOT ${stale} AND ${old}."failures" >= ${policy.maxFailures} THEN now() + ${lock}
                                ELSE NULL END`,
        },
      })
      .returning({ locked: sql<boolean>`coalesce("lockedUntil" > now(), false)` });
    return row.locked;
  },

  async clear(db: CentralExecutor, key: string): Promise<void> {
    await db.delete(LoginThrottle).where(eq(LoginThrottle.loginKey, key));
  },
};
