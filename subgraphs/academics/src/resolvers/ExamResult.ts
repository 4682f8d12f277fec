import type { ExamResultResolvers } from '../generated/graphql';
import { studentService } from '../services/studentService';

export const ExamResult: ExamResultResolvers = {
  exam: async (r, _, ctx) => (await ctx.loaders.exam.load(r.examId))!,
  student: async (r, _, ctx) => (await studentService.visibleById(ctx, r.studentId))!,
  absent: (r) => r.isAbsent,
};
