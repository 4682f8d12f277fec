/**
 * A request's school database whose transactions respect the gateway's deadline: none begins
 * after it, each statement is bounded by the time left (SET LOCAL statement_timeout), and none
 * commits after it (rolled back instead). So a write the gateway already answered "unavailable,
 * try again" for does not land later. Everything else is the leased database itself (the object
 * inherits from it); only `transaction`, a public method, is replaced.
 */
import { sql } from 'drizzle-orm';
import type { SchoolDb } from '@syncad/shared-db';
import { timeRanOut } from '@syncad/platform';

export function withDeadline(db: SchoolDb, deadline: number): SchoolDb {
  if (deadline === Infinity) return db;
  const bounded = Object.create(db) as SchoolDb;
  bounded.transaction = ((work, config) =>
    db.transaction(async (tx) => {
      const left = deadline - Date.now();
      if (left <= 0) throw timeRanOut();
      await tx.execute(sql.raw(`SET LOCAL statement_timeout = ${Math.ceil(left)}`));
      const result = await work(tx);
      if (Date.now() >= deadline) throw timeRanOut();
      return result;
    }, config)) as SchoolDb['transaction'];
  return bounded;
}
