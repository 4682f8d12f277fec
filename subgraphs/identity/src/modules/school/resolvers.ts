/** The school's details: thin resolvers over schoolService. */
import type { Resolvers } from '../../generated/graphql';
import { schoolService } from './schoolService';

export const resolvers: Resolvers = {
  Query: {
    school: (_root, _args, ctx) => schoolService.mine(ctx),
  },
  Mutation: {
    updateSchool: (_root, { input }, ctx) => schoolService.update(ctx, input),
  },
  School: {
    settings: (school) => schoolService.settingsOf(school),
  },
};
