/** Finance reports: thin resolvers over reportService. */
import type { Resolvers } from '../../generated/graphql';
import { reportService } from './reportService';

export const resolvers: Resolvers = {
  Query: {
    dayBook: (_, args, ctx) => reportService.dayBook(ctx, args),
    trialBalance: (_, { from, to }, ctx) => reportService.trialBalance(ctx, from, to),
  },
  DayBook: {
    vouchers: (book, args, ctx) => reportService.vouchers(ctx, book, args),
  },
  DayBookTotal: {
    postedBy: (t) => (t.postedBy ? { id: t.postedBy } : null),
  },
};
