/** Saved queries: thin resolvers over the service. */
import type { Resolvers } from '../../generated/graphql';
import { changesData, savedQueryService } from './savedQueryService';

export const resolvers: Resolvers = {
  Query: {
    savedQueries: (_root, _args, ctx) => savedQueryService.list(ctx),
  },
  Mutation: {
    saveQuery: (_root, { input }, ctx) => savedQueryService.save(ctx, input),
    deleteSavedQuery: (_root, { input }, ctx) => savedQueryService.remove(ctx, input),
  },
  SavedQuery: {
    mine: (q, _args, ctx) => q.authorId === ctx.caller?.userId,
    changesData: (q) => changesData(q.query),
    author: (q, _args, ctx) => ctx.loaders.users.load(q.authorId),
    authorName: async (q, _args, ctx) => {
      const author = await ctx.loaders.users.load(q.authorId);
      return author ? [author.firstName, author.lastName].filter(Boolean).join(' ') : null;
    },
  },
};
