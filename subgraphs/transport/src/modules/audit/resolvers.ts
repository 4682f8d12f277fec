/** The history of the audited records transport keeps: boarding and drop marks. */
import { schoolRecordHistory } from '@syncad/subgraph-kit';
import type { Resolvers } from '../../generated/graphql';

export const resolvers: Resolvers = {
  TripMark: { history: (r, _, ctx) => schoolRecordHistory(ctx, 'TripMark', r.id) },
};
