/** Fee structures: the rules for creating, listing, changing (only while uncharged) and removing (only if unused) them. */
import { keysetConnection, parseId, parseText, type Connection } from '@syncad/subgraph-kit';
import { AppError, postgresErrorOf } from '@syncad/platform';
import type { FinanceContext } from '../../context';
import type { CreateFeeStructureInput, QueryFeeStructuresArgs, UpdateFeeStructureInput } from '../../generated/graphql';
import { parseAmount } from '../../shared/amounts';
import { FEE_STRUCTURE_ORDER, feeStructureData } from './feeStructureData';
import type { FeeStructureRow } from '../../shared/rows';

const LIST = 'fee.structures';

/** The fee structure, locked, or NOT_FOUND; CONFLICT once anyone has been charged it. */
async function lockUncharged(db: FinanceContext['db'], id: string, action: string): Promise<FeeStructureRow> {
  const locked = await feeStructureData.lockForChange(db, id);
  if (!locked) throw AppError.notFound(`fee structure ${id}`);
  if (locked.charged)
    throw AppError.conflict(`fee structure "${locked.row.name}" has been charged to students: it can no longer be ${action}`);
  return locked.row;
}

export const feeStructureService = {
  byId(ctx: FinanceContext, id: string): Promise<FeeStructureRow | null> {
    return ctx.loaders.feeStructure.load(parseId(id, 'id'));
  },

  async page(ctx: FinanceContext, args: QueryFeeStructuresArgs): Promise<Connection<FeeStructureRow>> {
    const filter = {
      academicYearId: args.academicYearId ? parseId(args.academicYearId, 'academicYearId') : undefined,
      classId: args.classId ? parseId(args.classId, 'classId') : undefined,
    };
    return keysetConnection(
      ctx.cursors,
      LIST,
      args,
      FEE_STRUCTURE_ORDER,
      (slice) => feeStructureData.page(ctx.db, filter, slice),
      () => feeStructureData.count(ctx.db, filter),
      (r) => [r.dueDate ?? '9999-12-31', r.name, r.id],
    );
  },

  async create(ctx: FinanceContext, input: CreateFeeStructureInput): Promise<FeeStructureRow> {
    const academicYearId = parseId(input.academicYearId, 'academicYearId');
    const classId = input.classId == null ? null : parseId(input.classId, 'classId');
    const name = parseText(input.name, 'name', 100);
    const amount = parseAmount(input.amount, 'amount');
    const exists = await feeStructureData.referencesExist(ctx.db, academicYearId, classId);
    if (!exists.year) throw AppError.notFound(`academic year ${academicYearId}`);
    if (!exists.class) throw AppError.notFound(`class ${classId}`);
    const values = { schoolId: ctx.schoolId, academicYearId, classId, name, amount, dueDate: input.dueDate };
    // A write in a transaction of the request: the audit trail names its author.
    return ctx.db.transaction((tx) => feeStructureData.insert(tx, values));
  },

  async update(ctx: FinanceContext, id: string, input: Omit<UpdateFeeStructureInput, 'id'>): Promise<FeeStructureRow> {
    const fsId = parseId(id, 'id');
    const changes: Partial<Pick<FeeStructureRow, 'name' | 'amount' | 'dueDate'>> = {};
    if (input.name != null) changes.name = parseText(input.name, 'name', 100);
    if (input.amount != null) changes.amount = parseAmount(input.amount, 'amount');
    if (input.dueDate != null) changes.dueDate = input.dueDate;
    // The row lock makes a concurrent chargeFees (which holds it shared) wait, or wait for it.
    return ctx.db.transaction(async (tx) => {
      const row = await lockUncharged(tx, fsId, 'changed');
      return Object.keys(changes).length === 0 ? row : feeStructureData.update(tx, fsId, changes);
    });
  },

  async remove(ctx: FinanceContext, id: string): Promise<string> {
    const fsId = parseId(id, 'id');
    try {
      await ctx.db.transaction(async (tx) => {
        await lockUncharged(tx, fsId, 'removed');
        await feeStructureData.remove(tx, fsId);
      });
    } catch (err) {
      // The foreign keys are the last word: a line or voucher naming it keeps it.
      if (postgresErrorOf(err)?.code === '23503') throw AppError.conflict(`fee structure ${fsId} is in use: it cannot be removed`);
      throw err;
    }
    return fsId;
  },
};
