import type { LibraryIssueResolvers } from '../generated/graphql';
import { today } from '../services/dates';
import { studentService } from '../services/studentService';

export const LibraryIssue: LibraryIssueResolvers = {
  copy: async (i, _, ctx) => (await ctx.loaders.bookCopy.load(i.bookCopyId))!,
  student: async (i, _, ctx) => (await studentService.visibleById(ctx, i.studentId))!,
  overdue: (i, _, ctx) => i.returnedOn === null && i.dueDate < today(ctx.timezone),
};
