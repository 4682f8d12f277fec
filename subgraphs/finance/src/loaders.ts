/**
 * The fee module's DataLoaders: whatever many fields of a request ask for (300 balances, the
 * ledgers of a page of students, receipts and their reversals) becomes one statement per kind.
 * A self-scoped caller's loaders read only their own student's rows (the SQL filter).
 */
import {
  connection,
  loaderById,
  loaderByKey,
  loaderOfGroups,
  ownStudentFilter,
  pageRequest,
  perArgument,
  type Connection,
  type SchoolRequestContext,
} from '@syncad/subgraph-kit';
import { ledgerData, voucherData, type LedgerPosition } from './modules/ledger';
import { feeStructureData } from './modules/structures';
import type { LedgerEntryRow } from './shared/rows';

/** The list name ledger cursors are sealed to. */
export const LEDGER_LIST = 'fee.ledger';

export function feeLoaders(ctx: SchoolRequestContext) {
  const { db, schoolId } = ctx;
  const filter = () => ownStudentFilter(ctx);
  /** One loader per page shape (first/after) asked for: every student's page in one statement, their counts in another. */
  const ledger = perArgument((shape) => {
    const { first, after } = JSON.parse(shape) as { first: number | null; after: string | null };
    const page = pageRequest(ctx.cursors, LEDGER_LIST, { first, after });
    return loaderByKey<{ studentId: string; page: Connection<LedgerEntryRow> }, Connection<LedgerEntryRow>>(
      async (ids) => {
        const own = await filter();
        const [rows, counts] = await Promise.all([
          ledgerData.ledgerPages(db, schoolId, ids, page.after as LedgerPosition | null, page.size, own),
          ledgerData.ledgerCounts(db, schoolId, ids, own),
        ]);
        const total = new Map(counts.map((c) => [c.studentId, c.count]));
        const rowsOf = new Map<string, LedgerEntryRow[]>();
        for (const r of rows) {
          const group = rowsOf.get(r.studentId);
          if (group) group.push(r);
          else rowsOf.set(r.studentId, [r]);
        }
        return ids.map((studentId) => ({
          studentId,
          page: connection(ctx.cursors, LEDGER_LIST, page, rowsOf.get(studentId) ?? [], total.get(studentId) ?? 0, (r) => [
            r.date,
            r.createdAt,
            r.seq,
            r.id,
          ]),
        }));
      },
      (r) => r.studentId,
      undefined,
      (r) => r.page,
    );
  });
  return {
    feeStructure: loaderById((ids) => feeStructureData.byIds(db, ids)),
    feeStructureCharged: loaderByKey(
      async (ids) => [...(await feeStructureData.charged(db, ids))],
      (id) => id,
      () => false,
      () => true,
    ),
    feeBalance: loaderByKey(
      async (ids) => ledgerData.balances(db, schoolId, ids, await filter()),
      (r) => r.studentId,
      () => '0.00',
      (r) => r.balance,
    ),
    ledger: (first: number | null | undefined, after: string | null | undefined) =>
      ledger(JSON.stringify({ first: first ?? null, after: after ?? null })),
    receiptByNo: loaderByKey(
      async (nos) => voucherData.byNumbers(db, nos, await filter()),
      (r) => r.voucherNo,
    ),
    receiptById: loaderById(async (ids) => voucherData.byIds(db, ids, await filter())),
    reversalOf: loaderOfGroups(
      async (ids) => voucherData.reversalsOf(db, ids, await filter()),
      (r) => r.reversesVoucherId!,
    ),
  };
}
