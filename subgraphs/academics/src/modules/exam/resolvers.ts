/** Exams, marks entry, and ranked, graded results. */
import type { Resolvers } from '../../generated/graphql';
import { studentService } from '../student';
import { examData } from './examData';
import { examService } from './examService';
import { resultAggregate } from './resultAggregate';

export const resolvers: Resolvers = {
  Query: {
    gradeBands: (_, __, ctx) => examData.gradeBands(ctx.db),
    exam: (_, { id }, ctx) => examService.byId(ctx, id),
    exams: (_, args, ctx) => examService.list(ctx, args),
    resultAggregate: (_, { input }, ctx) => resultAggregate(ctx, input),
  },
  Mutation: {
    createGradeBand: (_, { input }, ctx) => examService.createGradeBand(ctx, input),
    createExam: (_, { input }, ctx) => examService.create(ctx, input),
    enterMarks: (_, { input }, ctx) => examService.enterMarks(ctx, input),
    updateExam: (_, { input }, ctx) => examService.update(ctx, input),
    removeExam: async (_, { input }, ctx) => ctx.globalIds.seal('Exam', await examService.remove(ctx, input)),
    removeResult: (_, { input }, ctx) => examService.removeResult(ctx, input),
  },
  Student: {
    results: (s, args, ctx) => examService.resultsOfStudent(ctx, s.id, args),
  },
  Exam: {
    __resolveReference: (ref, ctx) => examService.byId(ctx, ref.id),
    academicYear: async (e, _, ctx) => (await ctx.loaders.academicYear.load(e.academicYearId))!,
    class: async (e, _, ctx) => (await ctx.loaders.class.load(e.classId))!,
    subject: async (e, _, ctx) => (await ctx.loaders.subject.load(e.subjectId))!,
    results: (e, _, ctx) => ctx.loaders.resultsOfExam.load(e.id),
  },
  ExamResult: {
    exam: async (r, _, ctx) => (await ctx.loaders.exam.load(r.examId))!,
    student: async (r, _, ctx) => (await studentService.visibleById(ctx, r.studentId))!,
    absent: (r) => r.isAbsent,
  },
  ResultGroupKey: {
    exam: (k, _, ctx) => (k.exam ? ctx.loaders.exam.load(k.exam) : null),
    subject: (k, _, ctx) => (k.subject ? ctx.loaders.subject.load(k.subject) : null),
    class: (k, _, ctx) => (k.class ? ctx.loaders.class.load(k.class) : null),
    division: (k, _, ctx) => (k.division ? ctx.loaders.division.load(k.division) : null),
  },
};
