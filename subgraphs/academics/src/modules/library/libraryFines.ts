/**
 * Overdue fines. A return assesses its fine in the return's own statement (days late x the
 * school's daily rate, LibrarySettings), so the fine and the return commit together. Charging it
 * to the student's ledger is finance's: once the return has committed, the library asks finance
 * (its chargeLibraryFine, keyed by the issue so a fine is charged once however often it is asked)
 * and records the voucher number. A fine finance could not take (unreachable, refused) stays
 * pending and is asked again at the school's next return, or by postPendingLibraryFines: never
 * posted twice, never lost.
 */
import { sql } from 'drizzle-orm';
import { school } from '@syncad/shared-db';
import { callSubgraph, type SubgraphResources } from '@syncad/subgraph-kit';
import type { Caller, Logger } from '@syncad/platform';
import type { Db } from './rows';

const { LibrarySettings } = school;

/** How many pending fines one pass asks finance for, one call each: a backlog drains over several passes. */
const PASS_SIZE = 20;

const CHARGE = `mutation ChargeLibraryFine($input: ChargeLibraryFineInput!) { chargeLibraryFine(input: $input) { voucherNo } }`;

/** How the library reaches finance: its URL (undefined when this process was not told it) and the key that signs the call. */
export interface FinanceLink {
  url(): string | undefined;
  internalKey: string;
  logger: Logger;
}

export function financeLink(resources: SubgraphResources): FinanceLink {
  return { url: () => resources.peerUrl('finance'), internalKey: resources.internalKey, logger: resources.logger };
}

type PendingFine = {
  id: string;
  studentId: string;
  fineAmount: string;
  returnedOn: string;
  daysLate: number;
  accessionNo: string;
  title: string;
};

/** Who asks, and until when. */
interface Asker {
  caller: Caller;
  deadline: number;
}

export const libraryFines = {
  async finePerDay(db: Db): Promise<string> {
    const [row] = await db.select({ finePerDay: LibrarySettings.finePerDay }).from(LibrarySettings);
    return row?.finePerDay ?? '0.00';
  },

  async setFinePerDay(db: Db, schoolId: string, finePerDay: string, updatedBy: string): Promise<string> {
    const [row] = await db
      .insert(LibrarySettings)
      .values({ schoolId, finePerDay, updatedBy })
      .onConflictDoUpdate({ target: LibrarySettings.schoolId, set: { finePerDay, updatedBy, updatedAt: sql`now()` } })
      .returning({ finePerDay: LibrarySettings.finePerDay });
    return row.finePerDay;
  },

  /** The fine a return on `on` of the issue owes, as SQL for its UPDATE: null when on time or the rate is 0. */
  fineOnReturn(on: string) {
    return sql`nullif(greatest(${on}::date - "dueDate", 0) * coalesce((SELECT s."finePerDay" FROM "LibrarySettings" s WHERE s."schoolId" = "LibraryBookIssue"."schoolId"), 0), 0)`;
  },

  /**
   * Asks finance to charge the pending fines (`first`'s before the others), one pass; returns the
   * voucher number of each fine charged. Stops at the first failure, logged: the rest stay pending.
   */
  async postPending(db: Db, link: FinanceLink, asker: Asker, first: string | null = null): Promise<Map<string, string>> {
    const charged = new Map<string, string>();
    const pending = await db.execute<PendingFine>(sql`
      SELECT i.id, i."studentId", i."fineAmount"::text AS "fineAmount", i."returnedOn"::text AS "returnedOn",
        i."returnedOn" - i."dueDate" AS "daysLate", c."accessionNo", b.title
      FROM "LibraryBookIssue" i JOIN "BookCopy" c ON c.id = i."bookCopyId" JOIN "Book" b ON b.id = c."bookId"
      WHERE i."fineAmount" IS NOT NULL AND i."fineVoucherNo" IS NULL
      ORDER BY i.id = ${first} DESC NULLS LAST, i."returnedOn", i.id
      LIMIT ${PASS_SIZE}`);
    const url = link.url();
    if (!url) {
      if (pending.rows.length > 0) link.logger.warn('library fines wait: this process was not told the finance subgraph URL (FINANCE_URL)');
      return charged;
    }
    for (const fine of pending.rows) {
      try {
        const { chargeLibraryFine } = await callSubgraph<{ chargeLibraryFine: { voucherNo: string } }>({
          url,
          internalKey: link.internalKey,
          service: 'academics',
          caller: asker.caller,
          deadline: asker.deadline,
          query: CHARGE,
          variables: {
            input: {
              studentId: fine.studentId,
              issueId: fine.id,
              amount: fine.fineAmount,
              narration: `Library fine: "${fine.title}" (copy ${fine.accessionNo}) returned ${fine.returnedOn}, ${fine.daysLate} day(s) late`,
            },
          },
        });
        await db.execute(sql`
          UPDATE "LibraryBookIssue" SET "fineVoucherNo" = ${chargeLibraryFine.voucherNo}
          WHERE id = ${fine.id} AND "fineVoucherNo" IS NULL`);
        charged.set(fine.id, chargeLibraryFine.voucherNo);
      } catch (err) {
        link.logger.warn({ err, issueId: fine.id }, 'library fine not charged yet: it stays pending');
        break;
      }
    }
    return charged;
  },
};
