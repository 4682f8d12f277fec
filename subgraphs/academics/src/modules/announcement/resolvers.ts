/** School and class announcements. */
import type { Resolvers } from '../../generated/graphql';
import { announcementService } from './announcementService';

export const resolvers: Resolvers = {
  Query: {
    announcements: (_, args, ctx) => announcementService.visible(ctx, args),
  },
  Mutation: {
    publishAnnouncement: (_, { input }, ctx) => announcementService.publish(ctx, input),
    updateAnnouncement: (_, { input }, ctx) => announcementService.update(ctx, input),
    withdrawAnnouncement: (_, { input }, ctx) => announcementService.withdraw(ctx, input.id),
  },
  Announcement: {
    class: (a, _, ctx) => (a.classId ? ctx.loaders.class.load(a.classId) : null),
    publishedBy: (a) => (a.publishedBy ? { id: a.publishedBy } : null),
  },
};
