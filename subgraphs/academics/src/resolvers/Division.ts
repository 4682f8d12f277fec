import type { DivisionResolvers } from '../generated/graphql';

export const Division: DivisionResolvers = {
  class: async (d, _, ctx) => (await ctx.loaders.class.load(d.classId))!,
};
