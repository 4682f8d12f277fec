/** The school's registered networks and recent sign-in failures: thin resolvers over the service. */
import type { Resolvers } from '../../generated/graphql';
import { networkService } from './networkService';

export const resolvers: Resolvers = {
  Query: {
    schoolNetworks: (_root, _args, ctx) => networkService.list(ctx),
    recentLoginFailures: (_root, { hours }, ctx) => networkService.recentFailures(ctx, hours),
  },
  Mutation: {
    registerSchoolNetwork: (_root, { input }, ctx) => networkService.register(ctx, input),
    removeSchoolNetwork: (_root, { input }, ctx) => networkService.remove(ctx, input),
  },
};
