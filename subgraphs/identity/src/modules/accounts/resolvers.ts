/** Account administration: thin resolvers over accountAdminService. */
import type { Resolvers } from '../../generated/graphql';
import { accountAdminService } from './accountAdminService';

export const resolvers: Resolvers = {
  Query: {
    sessions: (_root, { userId }, ctx) => accountAdminService.sessionsOf(ctx, userId),
  },
  Mutation: {
    resetPassword: (_root, { input }, ctx) => accountAdminService.resetPassword(ctx, input.userId),
    updateUser: (_root, { input }, ctx) => accountAdminService.updateUser(ctx, input),
    deactivateMembership: (_root, { input }, ctx) => accountAdminService.setActive(ctx, input.userId, false),
    reactivateMembership: (_root, { input }, ctx) => accountAdminService.setActive(ctx, input.userId, true),
    removeMembership: (_root, { input }, ctx) => accountAdminService.removeMembership(ctx, input.userId),
    endUserSession: (_root, { input }, ctx) => accountAdminService.endUserSession(ctx, input.sessionId),
  },
};
