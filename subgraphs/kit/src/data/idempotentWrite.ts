/**
 * One mutation request sent with an Idempotency-Key, run exactly once: its writes and its answer
 * are committed together, in one transaction that first claims the key (IdempotentRequest). A
 * retry finds the claim (waiting, by the unique key, for an attempt still running to end) and
 * replays the stored answer without writing; the same key for another request is CONFLICT. An
 * answer with errors is rolled back and not stored: that attempt wrote nothing, and a retry runs
 * afresh. The transaction is the request's database (forRequest), so nothing commits late.
 */
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { SchoolDb } from '@syncad/shared-db';
import { AppError } from '@syncad/platform';

export interface IdempotentRequestId {
  /** The caller: a user, or an API key. */
  principal: string;
  key: string;
  subgraph: string;
  /** The subgraph request as sent: its operation text and variables. */
  query: string;
  variables: unknown;
}

export interface IdempotentWrite {
  /** The answer an earlier attempt stored: replay it as is (nothing is written). */
  replay: Record<string, unknown> | null;
  /** The request's transaction: every read and write of the request goes through it. */
  tx: SchoolDb;
  /** Stores `answer` and commits, or rolls back when it has errors; throws when the commit did not happen. */
  finish(answer: { data?: unknown; errors?: readonly unknown[] }): Promise<void>;
}

/** Keys older than this are forgotten (and may be used again). */
const KEPT = sql`interval '1 day'`;
const ROLLBACK = Symbol('rollback');

function fingerprintOf(query: string, variables: unknown): string {
  return createHash('sha256')
    .update(query)
    .update('\n')
    .update(JSON.stringify(variables ?? {}))
    .digest('hex');
}

export function openIdempotentWrite(db: SchoolDb, id: IdempotentRequestId): Promise<IdempotentWrite> {
  const fingerprint = fingerprintOf(id.query, id.variables);
  const row = sql`principal = ${id.principal} AND key = ${id.key} AND subgraph = ${id.subgraph}`;
  return new Promise<IdempotentWrite>((opened, failed) => {
    let answer!: (stored: Record<string, unknown> | null) => void;
    const answered = new Promise<Record<string, unknown> | null>((resolve) => (answer = resolve));
    let open = false;
    const committed = db.transaction(async (tx) => {
      await tx.execute(sql`DELETE FROM "IdempotentRequest" WHERE principal = ${id.principal} AND "createdAt" < now() - ${KEPT}`);
      const claimed = await tx.execute(sql`
        INSERT INTO "IdempotentRequest" (principal, key, subgraph, fingerprint) VALUES (${id.principal}, ${id.key}, ${id.subgraph}, ${fingerprint})
        ON CONFLICT DO NOTHING RETURNING 1`);
      let replay: Record<string, unknown> | null = null;
      if (claimed.rows.length === 0) {
        const [earlier] = (
          await tx.execute<{ fingerprint: string; response: Record<string, unknown> }>(
            sql`SELECT fingerprint, response FROM "IdempotentRequest" WHERE ${row}`,
          )
        ).rows;
        if (earlier.fingerprint !== fingerprint)
          throw AppError.conflict('this Idempotency-Key was used for another request: nothing was done (use a new key)');
        replay = earlier.response;
      }
      open = true;
      opened({ replay, tx: tx as unknown as SchoolDb, finish });
      const stored = await answered;
      if (replay !== null || stored === null) throw ROLLBACK;
      await tx.execute(sql`UPDATE "IdempotentRequest" SET response = ${JSON.stringify(stored)}::jsonb WHERE ${row}`);
    });
    committed.catch((err: unknown) => {
      if (!open) failed(err);
    });
    async function finish(result: { data?: unknown; errors?: readonly unknown[] }): Promise<void> {
      answer(result.errors?.length ? null : (result as Record<string, unknown>));
      try {
        await committed;
      } catch (err) {
        if (err !== ROLLBACK) throw err;
      }
    }
  });
}
