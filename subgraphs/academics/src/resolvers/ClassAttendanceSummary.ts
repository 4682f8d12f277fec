import type { ClassAttendanceSummaryResolvers } from '../generated/graphql';

export const ClassAttendanceSummary: ClassAttendanceSummaryResolvers = {
  class: async (s, _, ctx) => (await ctx.loaders.class.load(s.classId))!,
  division: (s, _, ctx) => (s.divisionId ? ctx.loaders.division.load(s.divisionId) : null),
};
