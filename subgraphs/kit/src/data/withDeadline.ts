/**
 * A request's database (a school's, or the central one for identity) whose transactions respect
 * the gateway's deadline: none begins after it, each statement is bounded by the time left (SET
 * LOCAL statement_timeout), and none commits after it (rolled back instead). So a write the
 * gateway already answered "unavailable, try again" for does not land later. Everything else is
 * the database itself (the object inherits from it); only `transaction`, a public method, is replaced.
 */
import { sql } from 'drizzle-orm';
import type { CentralDb, SchoolDb } from '@syncad/shared-db';
import { timeRanOut } from '@syncad/platform';

type Executor = { execute(query: ReturnType<typeof sql.raw>): Promise<unknown> };

export function withDeadline<D extends SchoolDb | CentralDb>(db: D, deadline: number): D {
  if (deadline === Infinity) return db;
  const bounded = Object.create(db) as D;
  const transaction = db.transaction.bind(db) as (work: (tx: Executor) => Promise<unknown>, config?: unknown) => Promise<unknown>;
  bounded.transaction = ((work: (tx: Executor) => Promise<unknown>, config?: unknown) =>
    transaction(async (tx) => {
      const left = deadline - Date.now();
      if (left <= 0) throw timeRanOut();
      await tx.execute(sql.raw(`SET LOCAL statement_timeout = ${Math.ceil(left)}`));
      const result = await work(tx);
      if (Date.now() >= deadline) throw timeRanOut();
      return result;
    }, config)) as D['transaction'];
  return bounded;
}
