import type { StudentPlacementResolvers } from '../generated/graphql';

export const StudentPlacement: StudentPlacementResolvers = {
  academicYear: async (p, _, ctx) => (await ctx.loaders.academicYear.load(p.academicYearId))!,
  class: async (p, _, ctx) => (await ctx.loaders.class.load(p.classId))!,
  division: (p, _, ctx) => (p.divisionId ? ctx.loaders.division.load(p.divisionId) : null),
};
