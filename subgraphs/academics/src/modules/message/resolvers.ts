/** Message threads between members of the school; only participants see a thread. */
import type { Resolvers } from '../../generated/graphql';
import { messageService } from './messageService';

export const resolvers: Resolvers = {
  Query: {
    myThreads: (_, __, ctx) => messageService.mine(ctx),
    thread: (_, { id }, ctx) => messageService.thread(ctx, id),
  },
  Mutation: {
    startThread: (_, { input }, ctx) => messageService.start(ctx, input),
    sendMessage: (_, { threadId, body }, ctx) => messageService.send(ctx, threadId, body),
  },
  MessageThread: {
    participantIds: async (t, _, ctx) => (await ctx.loaders.participantsOf.load(t.id)).map((p) => p.userId),
    messages: (t, { last }, ctx) => messageService.messages(ctx, t.id, last ?? 50),
  },
};
