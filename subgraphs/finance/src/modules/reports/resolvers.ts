/** Finance reports: thin resolvers over reportService. */
import type { Resolvers } from '../../generated/graphql';
import { feeAggregate } from './feeAggregate';
import { reportService } from './reportService';

export const resolvers: Resolvers = {
  Query: {
    dayBook: (_, args, ctx) => reportService.dayBook(ctx, args),
    trialBalance: (_, { from, to }, ctx) => reportService.trialBalance(ctx, from, to),
    feeAggregate: (_, { input }, ctx) => feeAggregate(ctx, input),
  },
  DayBook: {
    vouchers: (book, args, ctx) => reportService.vouchers(ctx, book, args),
  },
  DayBookTotal: {
    postedBy: (t) => (t.postedBy ? { id: t.postedBy } : null),
  },
  FeeGroupKey: {
    class: (k) => (k.class ? { id: k.class } : null),
    feeStructure: (k, _, ctx) => (k.feeStructure ? ctx.loaders.feeStructure.load(k.feeStructure) : null),
  },
};
