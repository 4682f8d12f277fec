/** The school's whole audit trail. */
import type { Resolvers } from '../../generated/graphql';
import { auditTrailService } from './auditTrailService';

export const resolvers: Resolvers = {
  Query: {
    auditTrail: (_, args, ctx) => auditTrailService.page(ctx, args),
  },
};
