/**
 * Closing the fee books: once closed until a day, no voucher dated on or before it is posted
 * (postMany and chargeFees check it under the posting's counter lock). Books never reopen: a
 * closed period is corrected by a reversal, dated the day it is posted.
 */
import { sql } from 'drizzle-orm';
import { AppError } from '@syncad/platform';
import { assertNotFuture } from '@syncad/subgraph-kit';
import type { FinanceContext } from '../../context';
import type { Db } from '../../shared/rows';

export type FeeBooksRow = {
  closedUntil: string | null;
  closedAt: string | null;
  closedBy: string | null;
};

const OPEN: FeeBooksRow = { closedUntil: null, closedAt: null, closedBy: null };

export const booksData = {
  async read(db: Db): Promise<FeeBooksRow> {
    const result = await db.execute<FeeBooksRow>(sql`
      SELECT "closedUntil"::text AS "closedUntil", to_json("closedAt") #>> '{}' AS "closedAt", "closedBy" FROM "FeeBooksClosing"`);
    return result.rows[0] ?? OPEN;
  },
};

export const booksService = {
  read: (ctx: FinanceContext) => booksData.read(ctx.db),

  /** `day` is a Date scalar's value (already a valid calendar day). */
  async close(ctx: FinanceContext, day: string): Promise<FeeBooksRow> {
    assertNotFuture(day, 'until', ctx.timezone);
    return ctx.db.transaction(async (tx: Db) => {
      // Waits for every posting in flight (each holds a counter row) and holds the next ones until this commits.
      await tx.execute(sql`LOCK TABLE "FeeVoucherCounter" IN SHARE MODE`);
      const current = await booksData.read(tx);
      if (current.closedUntil && current.closedUntil > day)
        throw AppError.badInput(`the books are closed until ${current.closedUntil} already: closed books never reopen`, 'until');
      await tx.execute(sql`
        INSERT INTO "FeeBooksClosing" ("schoolId", "closedUntil", "closedBy", "closedAt")
        VALUES (${ctx.schoolId}, ${day}, ${ctx.caller.userId}, now())
        ON CONFLICT ("schoolId") DO UPDATE SET "closedUntil" = EXCLUDED."closedUntil", "closedBy" = EXCLUDED."closedBy", "closedAt" = EXCLUDED."closedAt"`);
      return booksData.read(tx);
    });
  },
};
