/** Reading the ledger: receipts, a class's dues (the defaulters list) and the collection summary. */
import {
  checkRange,
  connection,
  ownStudentFilter,
  pageRequest,
  parseId,
  today,
  type Connection,
  type PageArgs,
} from '@syncad/subgraph-kit';
import { AppError } from '@syncad/platform';
import type { FinanceContext } from '../../context';
import type { QueryClassDuesArgs } from '../../generated/graphql';
import { ledgerData } from './ledgerData';
import type { ClassDuesModel, CollectionSummary, DuesRow, DuesTotals, ReceiptRow } from '../../shared/rows';

const DUES_LIST = 'fee.dues';

export const ledgerService = {
  /** Any voucher by number; a STUDENT-role caller's loader reads only their own. */
  receipt(ctx: FinanceContext, voucherNo: string): Promise<ReceiptRow | null> {
    const number = voucherNo.trim();
    if (number === '' || number.length > 40) return Promise.resolve(null);
    return ctx.loaders.receiptByNo.load(number);
  },

  /** A class's dues list (NOT_FOUND for an unknown class); its students and totals are read when asked for. */
  async classDues(ctx: FinanceContext, args: QueryClassDuesArgs): Promise<ClassDuesModel> {
    const classId = parseId(args.classId, 'classId');
    const asOf = args.asOf ?? today(ctx.timezone);
    const [exists, own] = await Promise.all([ledgerData.classExists(ctx.db, classId), ownStudentFilter(ctx)]);
    if (!exists) throw AppError.notFound(`class ${classId}`);
    return { classId, asOf, onlyOverdue: args.onlyOverdue ?? false, ...(own === undefined ? {} : { studentIds: own }) };
  },

  async duesPage(ctx: FinanceContext, dues: ClassDuesModel, args: PageArgs): Promise<Connection<DuesRow>> {
    const page = pageRequest(ctx.cursors, DUES_LIST, args);
    const { rows, count } = await ledgerData.duesPage(
      ctx.db,
      { ...dues, schoolId: ctx.schoolId },
      page.after === null ? null : String(page.after[0]),
      page.size,
    );
    return connection(ctx.cursors, DUES_LIST, page, rows, count, (r) => [r.admissionNo]);
  },

  duesTotals(ctx: FinanceContext, dues: ClassDuesModel): Promise<DuesTotals> {
    return ledgerData.duesTotals(ctx.db, { ...dues, schoolId: ctx.schoolId });
  },

  async collectionSummary(ctx: FinanceContext, from: string, to: string): Promise<CollectionSummary> {
    if (ctx.caller.selfScoped) throw AppError.forbidden('a student or guardian account cannot read the collection summary');
    checkRange(from, to);
    return { from, to, ...(await ledgerData.collections(ctx.db, from, to)) };
  },
};
