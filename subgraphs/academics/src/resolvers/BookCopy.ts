import type { BookCopyResolvers } from '../generated/graphql';

export const BookCopy: BookCopyResolvers = {
  book: async (c, _, ctx) => (await ctx.loaders.book.load(c.bookId))!,
};
