import type { BookResolvers } from '../generated/graphql';

export const Book: BookResolvers = {
  copies: (b, _, ctx) => ctx.loaders.copiesOf.load(b.id),
};
