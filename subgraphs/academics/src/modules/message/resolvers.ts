/** Message threads between members of the school; only participants see a thread. */
import type { Resolvers } from '../../generated/graphql';
import { messageService } from './messageService';

export const resolvers: Resolvers = {
  Query: {
    myThreads: (_, args, ctx) => messageService.mine(ctx, args),
    thread: (_, { id }, ctx) => messageService.thread(ctx, id),
    unreadMessageCount: (_, __, ctx) => messageService.unreadTotal(ctx),
  },
  Mutation: {
    startThread: (_, { input }, ctx) => messageService.start(ctx, input),
    addThreadParticipants: (_, { input }, ctx) => messageService.addParticipants(ctx, input),
    removeThreadParticipant: async (_, { input }, ctx) =>
      ctx.globalIds.seal('MessageThread', await messageService.removeParticipant(ctx, input)),
    markThreadRead: (_, { input }, ctx) => messageService.markRead(ctx, input.threadId),
    sendMessage: (_, { input: { threadId, body } }, ctx) => messageService.send(ctx, threadId, body),
    deleteMessage: (_, { input }, ctx) => messageService.deleteMessage(ctx, input.id),
  },
  MessageThread: {
    __resolveReference: (ref, ctx) => messageService.thread(ctx, ref.id),
    createdBy: (t) => ({ id: t.createdBy }),
    participantIds: async (t, _, ctx) => (await ctx.loaders.participantsOf.load(t.id)).map((p) => p.userId),
    participants: async (t, _, ctx) => (await ctx.loaders.participantsOf.load(t.id)).map((p) => ({ id: p.userId })),
    messages: (t, args, ctx) => messageService.messages(ctx, t.id, args),
    unreadCount: (t, _, ctx) => ctx.loaders.unreadCount.load(t.id),
  },
  Message: {
    sender: (m) => ({ id: m.senderId }),
  },
};
