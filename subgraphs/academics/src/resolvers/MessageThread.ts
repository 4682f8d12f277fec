import type { MessageThreadResolvers } from '../generated/graphql';
import { messageService } from '../services/messageService';

export const MessageThread: MessageThreadResolvers = {
  participantIds: async (t, _, ctx) => (await ctx.loaders.participantsOf.load(t.id)).map((p) => p.userId),
  messages: (t, { last }, ctx) => messageService.messages(ctx, t.id, last ?? 50),
};
