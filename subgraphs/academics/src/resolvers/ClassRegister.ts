import type { ClassRegisterResolvers } from '../generated/graphql';

export const ClassRegister: ClassRegisterResolvers = {
  class: async (r, _, ctx) => (await ctx.loaders.class.load(r.classId))!,
  division: (r, _, ctx) => (r.divisionId ? ctx.loaders.division.load(r.divisionId) : null),
};
