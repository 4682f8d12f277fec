/**
 * A request's database (a school's, or the central one for identity), whose transactions carry
 * the request's deadline and its caller:
 * - none begins after the deadline, each statement is bounded by the time left (the transaction's
 *   statement_timeout), and none commits after it (rolled back instead). So a write the gateway
 *   already answered "unavailable, try again" for does not land later.
 * - the transaction's `syncad.actor` names the caller, whom the audit trail's triggers record as
 *   the author of every change the transaction makes (migrations: 0010_audit_trail).
 * Both are set by one statement when the transaction begins. Everything else is the database
 * itself (the object inherits from it); only `transaction`, a public method, is replaced.
 */
import { sql } from 'drizzle-orm';
import type { CentralDb, SchoolDb } from '@syncad/shared-db';
import { timeRanOut, type Caller } from '@syncad/platform';

type Executor = { execute(query: ReturnType<typeof sql>): Promise<unknown> };

/** How the audit trail names a caller: "USER:<id>" or "API_KEY:<id>". */
export function actorOf(caller: Pick<Caller, 'userId' | 'apiKey'>): string {
  return `${caller.apiKey ? 'API_KEY' : 'USER'}:${caller.userId}`;
}

/** Names `actor` as the author of what the transaction `tx` writes from here on. */
export async function actAs(tx: Executor, actor: string): Promise<void> {
  await tx.execute(sql`SELECT set_config('syncad.actor', ${actor}, true)`);
}

export function forRequest<D extends SchoolDb | CentralDb>(db: D, request: { deadline: number; actor: string | null }): D {
  const { deadline, actor } = request;
  if (deadline === Infinity && actor === null) return db;
  const bounded = Object.create(db) as D;
  const transaction = db.transaction.bind(db) as (work: (tx: Executor) => Promise<unknown>, config?: unknown) => Promise<unknown>;
  bounded.transaction = ((work: (tx: Executor) => Promise<unknown>, config?: unknown) =>
    transaction(async (tx) => {
      const left = deadline - Date.now();
      if (left <= 0) throw timeRanOut();
      // Without a deadline, the connection's own statement_timeout stays.
      const timeout = left === Infinity ? sql`current_setting('statement_timeout')` : sql`${String(Math.ceil(left))}`;
      await tx.execute(sql`SELECT set_config('statement_timeout', ${timeout}, true), set_config('syncad.actor', ${actor ?? ''}, true)`);
      const result = await work(tx);
      if (Date.now() >= deadline) throw timeRanOut();
      return result;
    }, config)) as D['transaction'];
  return bounded;
}
