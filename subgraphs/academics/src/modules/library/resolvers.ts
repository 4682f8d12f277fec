/** Books, copies, issues and returns. */
import { today } from '@syncad/subgraph-kit';
import type { Resolvers } from '../../generated/graphql';
import { studentService } from '../student/studentService';
import { libraryData } from './libraryData';
import { libraryService } from './libraryService';

export const resolvers: Resolvers = {
  Query: {
    // The book list is the school's own catalogue: nothing personal to scope.
    books: (_, __, ctx) => libraryData.allBooks(ctx.db),
    overdueIssues: (_, { asOf }, ctx) => libraryService.overdue(ctx, asOf),
  },
  Mutation: {
    createBook: (_, { input }, ctx) => libraryService.createBook(ctx, input),
    addBookCopy: (_, { input }, ctx) => libraryService.addCopy(ctx, input),
    issueBook: (_, { input }, ctx) => libraryService.issue(ctx, input),
    returnBook: (_, { issueId, returnedOn }, ctx) => libraryService.returnIssue(ctx, issueId, returnedOn),
  },
  Student: {
    libraryIssues: (s, { openOnly }, ctx) => ctx.loaders.issuesOf(openOnly ?? true).load(s.id),
  },
  Book: {
    copies: (b, _, ctx) => ctx.loaders.copiesOf.load(b.id),
  },
  BookCopy: {
    book: async (c, _, ctx) => (await ctx.loaders.book.load(c.bookId))!,
  },
  LibraryIssue: {
    copy: async (i, _, ctx) => (await ctx.loaders.bookCopy.load(i.bookCopyId))!,
    student: async (i, _, ctx) => (await studentService.visibleById(ctx, i.studentId))!,
    overdue: (i, _, ctx) => i.returnedOn === null && i.dueDate < today(ctx.timezone),
  },
};
