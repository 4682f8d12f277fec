/** The history of the audited records finance keeps: fee structures and receipts. */
import { schoolRecordHistory } from '@syncad/subgraph-kit';
import type { Resolvers } from '../../generated/graphql';

export const resolvers: Resolvers = {
  FeeStructure: { history: (r, _, ctx) => schoolRecordHistory(ctx, 'FeeStructure', r.id) },
  FeeReceipt: { history: (r, _, ctx) => schoolRecordHistory(ctx, 'FeeReceipt', r.id) },
};
