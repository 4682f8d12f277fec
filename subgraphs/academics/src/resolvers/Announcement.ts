import type { AnnouncementResolvers } from '../generated/graphql';

export const Announcement: AnnouncementResolvers = {
  class: (a, _, ctx) => (a.classId ? ctx.loaders.class.load(a.classId) : null),
};
