/** The history of the audited records identity keeps: roles (with their permissions) and memberships. */
import { centralRecordHistory } from '@syncad/subgraph-kit';
import type { Resolvers } from '../../generated/graphql';

export const resolvers: Resolvers = {
  Role: { history: (r, _, ctx) => centralRecordHistory(ctx, 'Role', r.id) },
  User: { history: (r, _, ctx) => centralRecordHistory(ctx, 'User', r.id) },
};
