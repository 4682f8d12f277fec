/**
 * Login throttling that slows guessing without letting anyone turn another person's sign-in off.
 * Every attempt is counted before the password is checked (so parallel guesses cannot slip past),
 * under the keys that apply to it:
 * - from a device that signed in to this account before (a valid device token): only the account
 *   from this device, a few free attempts then growing delays (deviceToken.ts);
 * - otherwise the account from this address (a few free attempts, then growing delays, at most
 *   `perClient.max` in its window) and the account from anywhere (a much higher ceiling,
 *   `perAccount`, so one address cannot exhaust it while a botnet still gets few guesses per hour);
 * - and, unless the address is in a network the named school registered (a school's one shared
 *   public address) and the account is that school's, the address across accounts (`perAddress`):
 *   password spraying.
 * A refused attempt is not counted and says when to come back and which budget refused it. A
 * success forgives its own attempt and resets its first key (device, or account from this
 * address). One row per key in LoginThrottle; rows are never deleted (a concurrent attempt always
 * finds the row it inserted), and each transaction locks its rows in key order.
 */
import { central, type CentralDb, type CentralTransaction } from '@syncad/shared-db';
import { postgresErrorOf } from '@syncad/platform';
import { inArray, sql } from 'drizzle-orm';

const { LoginThrottle } = central;

interface WindowLimit {
  max: number;
  windowSeconds: number;
}
interface DelayedLimit extends WindowLimit {
  freeAttempts: number;
  maxDelaySeconds: number;
}

export interface ThrottlePolicy {
  perDevice: DelayedLimit;
  perClient: DelayedLimit;
  perAccount: WindowLimit;
  perAddress: WindowLimit;
}

/** Who attempts: the account (a user id, or the login text when no account matches), from where, on which known device. */
export interface Attempt {
  account: string;
  address: string | null;
  /** The device id of a valid device token for this account, else null. */
  device: string | null;
  /** The address is in a network the school registered: it is not budgeted across accounts. */
  sharedNetwork: boolean;
}

/** Which budget an attempt was measured against. */
export type Budget = 'device' | 'account-from-address' | 'account' | 'address';

interface Limit extends WindowLimit {
  budget: Budget;
  key: string;
  growingDelay?: { freeAttempts: number; maxDelaySeconds: number };
}

function limitsOf(attempt: Attempt, policy: ThrottlePolicy): Limit[] {
  const limits: Limit[] = attempt.device
    ? [{ budget: 'device', key: `device:${attempt.account}|${attempt.device}`, ...policy.perDevice, growingDelay: policy.perDevice }]
    : [
        {
          budget: 'account-from-address',
          key: `pair:${attempt.account}|${attempt.address ?? 'unknown'}`,
          ...policy.perClient,
          growingDelay: policy.perClient,
        },
        { budget: 'account', key: `account:${attempt.account}`, ...policy.perAccount },
        ...(attempt.address && !attempt.sharedNetwork
          ? [{ budget: 'address' as const, key: `address:${attempt.address}`, ...policy.perAddress }]
          : []),
      ];
  return limits.map((l) => ({ ...l, key: l.key.slice(0, 300) }));
}

interface Row {
  failures: number;
  windowStartedAt: Date;
  lastAttemptAt: Date;
}

/** Seconds until `limit` admits another attempt, given its row (0: now). */
function waitFor(limit: Limit, row: Row | undefined, now: number): number {
  if (!row) return 0;
  const windowEnds = row.windowStartedAt.getTime() + limit.windowSeconds * 1000;
  if (windowEnds <= now) return 0;
  if (row.failures >= limit.max) return (windowEnds - now) / 1000;
  const delay = limit.growingDelay;
  if (!delay || row.failures < delay.freeAttempts) return 0;
  const seconds = Math.min(2 ** (row.failures - delay.freeAttempts), delay.maxDelaySeconds);
  return Math.max(0, (row.lastAttemptAt.getTime() + seconds * 1000 - now) / 1000);
}

/** Deadlocks and serialization failures between concurrent logins are retried, never surfaced. */
async function retried<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (err) {
      const code = postgresErrorOf(err)?.code;
      if (attempt >= 5 || (code !== '40P01' && code !== '40001')) throw err;
    }
  }
}

/** Creates the keys' rows if missing, then locks them in key order; their state and the database's clock. */
async function lockRows(tx: CentralTransaction, keys: string[]) {
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
  // The rows were just inserted if missing and are never deleted: there is always one.
  return { byKey: new Map(rows.map((r) => [r.key, r])), now: new Date(rows[0].now).getTime() };
}

export const loginThrottle = {
  /** Counts the attempt and returns a wait of 0, or, counting nothing, the seconds until one is admitted and the budget that refused. */
  admit(db: CentralDb, attempt: Attempt, policy: ThrottlePolicy): Promise<{ wait: number; budget: Budget | null }> {
    const limits = limitsOf(attempt, policy);
    const keys = limits.map((l) => l.key).sort();
    return retried(() =>
      db.transaction(async (tx) => {
        const { byKey, now } = await lockRows(tx, keys);
        let refusal: { wait: number; budget: Budget | null } = { wait: 0, budget: null };
        for (const limit of limits) {
          const wait = waitFor(limit, byKey.get(limit.key), now);
          if (wait > refusal.wait) refusal = { wait, budget: limit.budget };
        }
        if (refusal.wait > 0) return refusal;
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
        return refusal;
      }),
    );
  },

  /** A successful login: its attempt is forgiven everywhere and its first key (device, or account from this address) reset. */
  forgive(db: CentralDb, attempt: Attempt, policy: ThrottlePolicy): Promise<void> {
    const [own, ...shared] = limitsOf(attempt, policy).map((l) => l.key);
    return retried(() =>
      db.transaction(async (tx) => {
        await lockRows(tx, [own, ...shared].sort());
        await tx
          .update(LoginThrottle)
          .set({ failures: 0, windowStartedAt: sql`now()` })
          .where(sql`${LoginThrottle.loginKey} = ${own}`);
        if (shared.length > 0) {
          await tx
            .update(LoginThrottle)
            .set({ failures: sql`greatest(${LoginThrottle.failures} - 1, 0)` })
            .where(inArray(LoginThrottle.loginKey, shared));
        }
      }),
    );
  },
};
