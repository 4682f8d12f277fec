/**
 * Overdue fines. A return assesses its fine in the return's own statement (days late x the
 * school's daily rate, LibrarySettings), so the fine and the return commit together. Charging it
 * to the student's ledger is finance's: once the return has committed, the library asks finance
 * (its chargeLibraryFines, keyed by the issue so a fine is charged once however often it is asked)
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

/** How many pending fines one pass asks finance for (in one call): a backlog drains over several passes. */
const PASS_SIZE = 20;

const CHARGE = `mutation ChargeLibraryFines($input: ChargeLibraryFinesInput!) { chargeLibraryFines(input: $input) { voucherNo } }`;

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
   * Asks finance to charge the pending fines (`first`'s before the others) in one call, and records
   * the voucher numbers in one statement; returns the voucher number of each fine charged. A fine
   * finance refused, or a call that failed, is logged and stays pending.
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
    if (pending.rows.length === 0) return charged;
    const url = link.url();
    if (!url) {
      link.logger.warn('library fines wait: this process was not told the finance subgraph URL (FINANCE_URL)');
      return charged;
    }
    const fines = pending.rows.map((fine) => ({
      studentId: fine.studentId,
      issueId: fine.id,
      amount: fine.fineAmount,
      narration: `Library fine: "${fine.title}" (copy ${fine.accessionNo}) returned ${fine.returnedOn}, ${fine.daysLate} day(s) late`,
    }));
    try {
      const { data, errors } = await callSubgraph<{ chargeLibraryFines: ({ voucherNo: string } | null)[] }>({
        url,
        internalKey: link.internalKey,
        service: 'academics',
        caller: asker.caller,
        deadline: asker.deadline,
        query: CHARGE,
        variables: { input: { fines } },
      });
      if (errors.length > 0) link.logger.warn({ errors }, 'some library fines not charged yet: they stay pending');
      data.chargeLibraryFines.forEach((receipt, i) => receipt && charged.set(fines[i].issueId, receipt.voucherNo));
    } catch (err) {
      link.logger.warn({ err }, 'library fines not charged yet: they stay pending');
      return charged;
    }
    if (charged.size > 0) {
      await db.execute(sql`
        UPDATE "LibraryBookIssue" i SET "fineVoucherNo" = x.voucher
        FROM unnest(${sql.param([...charged.keys()])}::uuid[], ${sql.param([...charged.values()])}::text[]) AS x(id, voucher)
        WHERE i.id = x.id AND i."fineVoucherNo" IS NULL`);
    }
    return charged;
  },
};
