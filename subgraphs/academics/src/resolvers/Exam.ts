import type { ExamResolvers } from '../generated/graphql';
import { examService } from '../services/examService';

export const Exam: ExamResolvers = {
  academicYear: async (e, _, ctx) => (await ctx.loaders.academicYear.load(e.academicYearId))!,
  class: async (e, _, ctx) => (await ctx.loaders.class.load(e.classId))!,
  subject: async (e, _, ctx) => (await ctx.loaders.subject.load(e.subjectId))!,
  results: (e, _, ctx) => examService.resultsOfExam(ctx, e.id),
};
