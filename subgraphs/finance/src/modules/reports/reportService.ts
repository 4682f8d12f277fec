/** The finance reports: staff only, within bounded periods, read from the ledger itself. */
import { AppError } from '@syncad/platform';
import { checkRange, connection, pageRequest, type Connection, type PageArgs } from '@syncad/subgraph-kit';
import type { FinanceContext } from '../../context';
import type { ReceiptRow } from '../../shared/rows';
import { voucherData } from '../ledger';
import { reportData, type DayBookFilter, type DayBookSums, type TrialBalanceRow } from './reportData';

const DAY_BOOK_LIST = 'dayBook';

export type DayBookModel = DayBookFilter & DayBookSums;

function staffOnly(ctx: FinanceContext, what: string): void {
  if (ctx.caller.selfScoped) throw AppError.forbidden(`a student or guardian account cannot read the ${what}`);
}

export const reportService = {
  async dayBook(ctx: FinanceContext, args: { date: string; mode?: string | null; postedBy?: string | null }): Promise<DayBookModel> {
    staffOnly(ctx, 'day book');
    const filter: DayBookFilter = { date: args.date, mode: args.mode ?? null, postedBy: args.postedBy ?? null };
    return { ...filter, ...(await reportData.dayBook(ctx.db, filter)) };
  },

  async vouchers(ctx: FinanceContext, book: DayBookModel, args: PageArgs): Promise<Connection<ReceiptRow>> {
    const page = pageRequest(ctx.cursors, DAY_BOOK_LIST, args);
    const after = page.after === null ? null : ([String(page.after[0]), String(page.after[1])] as const);
    const rows = await voucherData.ofDay(ctx.db, book, after, page.size + 1);
    return connection(ctx.cursors, DAY_BOOK_LIST, page, rows, book.voucherCount, (r) => [r.createdAt, r.voucherNo]);
  },

  async trialBalance(
    ctx: FinanceContext,
    from: string,
    to: string,
  ): Promise<{ from: string; to: string; accounts: TrialBalanceRow[]; totalDebit: string; totalCredit: string }> {
    staffOnly(ctx, 'trial balance');
    checkRange(from, to);
    return { from, to, ...(await reportData.trialBalance(ctx.db, from, to)) };
  },
};
