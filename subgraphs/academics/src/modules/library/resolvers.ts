/** Books, copies, issues and returns. */
import { connectionOfList, daysBetween, today } from '@syncad/subgraph-kit';
import type { Resolvers } from '../../generated/graphql';
import { studentService } from '../student';
import { libraryAggregate } from './libraryAggregate';
import { libraryService } from './libraryService';

export const resolvers: Resolvers = {
  Query: {
    book: (_, { id }, ctx) => ctx.loaders.book.load(id),
    books: (_, args, ctx) => libraryService.books(ctx, args),
    overdueIssues: (_, args, ctx) => libraryService.overdue(ctx, args),
    libraryAggregate: (_, { input }, ctx) => libraryAggregate(ctx, input),
    librarySettings: (_, __, ctx) => libraryService.settings(ctx),
  },
  Mutation: {
    createBook: (_, { input }, ctx) => libraryService.createBook(ctx, input),
    addBookCopy: (_, { input }, ctx) => libraryService.addCopy(ctx, input),
    issueBook: (_, { input }, ctx) => libraryService.issue(ctx, input),
    returnBook: (_, { input }, ctx) => libraryService.returnIssue(ctx, input),
    renewBook: (_, { input }, ctx) => libraryService.renew(ctx, input),
    updateBook: (_, { input }, ctx) => libraryService.updateBook(ctx, input),
    withdrawBookCopy: (_, { input }, ctx) => libraryService.withdrawCopy(ctx, input),
    withdrawBook: (_, { input }, ctx) => libraryService.withdrawBook(ctx, input),
    updateLibrarySettings: (_, { input }, ctx) => libraryService.updateSettings(ctx, input),
    postPendingLibraryFines: (_, __, ctx) => libraryService.postPendingFines(ctx),
  },
  Student: {
    libraryIssues: async (s, args, ctx) =>
      connectionOfList(ctx.cursors, 'studentIssues', args, await ctx.loaders.issuesOf(args.openOnly ?? true).load(s.id)),
  },
  Book: {
    __resolveReference: (ref, ctx) => ctx.loaders.book.load(ref.id),
    copies: (b, _, ctx) => ctx.loaders.copiesOf.load(b.id),
  },
  BookCopy: {
    book: async (c, _, ctx) => (await ctx.loaders.book.load(c.bookId))!,
  },
  LibraryIssue: {
    copy: async (i, _, ctx) => (await ctx.loaders.bookCopy.load(i.bookCopyId))!,
    student: async (i, _, ctx) => (await studentService.visibleById(ctx, i.studentId))!,
    overdue: (i, _, ctx) => i.returnedOn === null && i.dueDate < today(ctx.timezone),
    fine: (i) =>
      i.fineAmount === null || i.returnedOn === null
        ? null
        : { amount: i.fineAmount, daysLate: daysBetween(i.dueDate, i.returnedOn) - 1, voucherNo: i.fineVoucherNo },
  },
  LibraryGroupKey: {
    class: (k, _, ctx) => (k.class ? ctx.loaders.class.load(k.class) : null),
  },
};
