/** Reading the ledger: receipts, a class's dues (the defaulters list) and the collection summary. */
import { AppError, checkRange, connection, pageRequest, parseId, today } from '@syncad/subgraph-kit';
import type { FinanceContext } from '../../context';
import type { QueryClassDuesArgs } from '../../generated/graphql';
import { ledgerData } from './ledgerData';
import { ownStudentFilter } from './ownStudent';
import type { CollectionSummary, DuesConnection, ReceiptRow } from './rows';

const DUES_LIST = 'fee.dues';

export const ledgerService = {
  /** Any voucher by number; a STUDENT-role caller's loader reads only their own. */
  receipt(ctx: FinanceContext, voucherNo: string): Promise<ReceiptRow | null> {
    const number = voucherNo.trim();
    if (number === '' || number.length > 40) return Promise.resolve(null);
    return ctx.loaders.receiptByNo.load(number);
  },

  async classDues(ctx: FinanceContext, args: QueryClassDuesArgs): Promise<DuesConnection> {
    const classId = parseId(args.classId, 'classId');
    const asOf = args.asOf ?? today(ctx.timezone);
    const page = pageRequest(ctx.cursors, DUES_LIST, args);
    const filter = await ownStudentFilter(ctx);
    const { rows, totals, classExists } = await ledgerData.classDues(ctx.db, {
      schoolId: ctx.schoolId,
      classId,
      asOf,
      onlyOverdue: args.onlyOverdue ?? false,
      after: page.after === null ? null : String(page.after[0]),
      limit: page.size,
      // A STUDENT login linked to no student matches no student.
      filter: filter === null ? '00000000-0000-0000-0000-000000000000' : filter,
    });
    if (!classExists) throw AppError.notFound(`class ${classId}`);
    const { count, ...sums } = totals;
    return { ...connection(ctx.cursors, DUES_LIST, page, rows, count, (r) => [r.admissionNo]), totals: sums };
  },

  async collectionSummary(ctx: FinanceContext, from: string, to: string): Promise<CollectionSummary> {
    if (ctx.caller.selfScoped) throw AppError.forbidden('a student account cannot read the collection summary');
    checkRange(from, to);
    return { from, to, ...(await ledgerData.collections(ctx.db, from, to)) };
  },
};
