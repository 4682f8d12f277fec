import type { ClassResolvers } from '../generated/graphql';

export const Class: ClassResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.class.load(ref.id),
  divisions: (c, _, ctx) => ctx.loaders.divisionsOf.load(c.id),
};
