/** Postings and the ledger's reads, and the fields finance adds to Student: thin resolvers over the services and loaders. */
import type { Resolvers } from '../../generated/graphql';
import { AppError } from '@syncad/platform';
import { booksService } from './books';
import { ledgerService } from './ledgerService';
import { postingService } from './postingService';

/** The most fines one chargeLibraryFines call takes (the library sends at most 20). */
const MAX_FINES_PER_CALL = 100;

export const resolvers: Resolvers = {
  Query: {
    receipt: (_, { voucherNo }, ctx) => ledgerService.receipt(ctx, voucherNo),
    classDues: (_, args, ctx) => ledgerService.classDues(ctx, args),
    feeCollectionSummary: (_, { from, to }, ctx) => ledgerService.collectionSummary(ctx, from, to),
    feeBooks: (_, __, ctx) => {
      if (ctx.caller.selfScoped) throw AppError.forbidden('a student or guardian account cannot read the fee books');
      return booksService.read(ctx);
    },
  },
  Mutation: {
    chargeFees: (_, { input: { feeStructureId, classId } }, ctx) => postingService.charge(ctx, feeStructureId, classId),
    recordPayment: (_, { input }, ctx) => postingService.recordPayment(ctx, input),
    grantDiscount: (_, { input }, ctx) => postingService.grantDiscount(ctx, input),
    reverseVoucher: (_, { input: { voucherNo, reason } }, ctx) => postingService.reverse(ctx, voucherNo, reason),
    closeBooks: (_, { input: { until } }, ctx) => booksService.close(ctx, until),
    chargeLibraryFines: (_, { input: { fines } }, ctx) => {
      // Not in the API (the gateway cannot route it): this is the second lock.
      if (ctx.callingService !== 'academics') throw AppError.forbidden('only the library charges library fines');
      if (fines.length === 0 || fines.length > MAX_FINES_PER_CALL) throw AppError.badInput(`1 to ${MAX_FINES_PER_CALL} fines`, 'fines');
      // Each its own promise: one refused is null at its place, the others are posted.
      return fines.map((fine) => postingService.chargeLibraryFine(ctx, fine));
    },
  },
  Student: {
    // academics has already resolved (and, for a STUDENT, scoped) the student; finance adds fields by id.
    __resolveReference: (ref) => ({ id: ref.id }),
    feeBalance: (s, _, ctx) => ctx.loaders.feeBalance.load(s.id),
    ledger: (s, { first, after }, ctx) => ctx.loaders.ledger(first, after).load(s.id),
  },
  FeeReceipt: {
    student: (r) => ({ id: r.studentId }),
    feeStructure: (r, _, ctx) => (r.feeStructureId ? ctx.loaders.feeStructure.load(r.feeStructureId) : null),
    reverses: (r, _, ctx) => (r.reversesVoucherId ? ctx.loaders.receiptById.load(r.reversesVoucherId) : null),
    reversedBy: async (r, _, ctx) => (await ctx.loaders.reversalOf.load(r.id))[0] ?? null,
    postedBy: (r) => (r.createdBy ? { id: r.createdBy } : null),
  },
  FeeBooks: {
    closedBy: (b) => (b.closedBy ? { id: b.closedBy } : null),
  },
  FeeLedgerEntry: {
    feeStructure: (e, _, ctx) => (e.feeStructureId ? ctx.loaders.feeStructure.load(e.feeStructureId) : null),
    receipt: async (e, _, ctx) => (await ctx.loaders.receiptByNo.load(e.voucherNo))!,
  },
  FeeDues: {
    student: (d) => ({ id: d.studentId }),
  },
  ClassDues: {
    class: (d) => ({ id: d.classId }),
    totals: (d, _, ctx) => ledgerService.duesTotals(ctx, d),
    students: (d, args, ctx) => ledgerService.duesPage(ctx, d, args),
  },
  FeeChargeResult: {
    feeStructure: async (r, _, ctx) => (await ctx.loaders.feeStructure.load(r.feeStructureId))!,
    class: (r) => ({ id: r.classId }),
  },
};
