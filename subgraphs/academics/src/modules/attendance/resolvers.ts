/** Daily attendance: bulk marking, registers and summaries, and each student's attendance. */
import { today } from '@syncad/subgraph-kit';
import type { Resolvers } from '../../generated/graphql';
import { studentService } from '../student';
import { attendanceAggregate } from './attendanceAggregate';
import { attendanceService } from './attendanceService';

export const resolvers: Resolvers = {
  Query: {
    classRegister: (_, args, ctx) => attendanceService.register(ctx, args),
    classAttendanceSummary: (_, args, ctx) => attendanceService.classSummary(ctx, args),
    attendanceAggregate: (_, { input }, ctx) => attendanceAggregate(ctx, input),
  },
  Mutation: {
    markAttendance: (_, { input }, ctx) => attendanceService.mark(ctx, input),
    removeAttendanceMark: (_, { input }, ctx) => attendanceService.removeMark(ctx, input),
  },
  Student: {
    attendance: (s, { from, to }, ctx) => attendanceService.history(ctx, s.id, from, to),
    attendanceOn: (s, { date }, ctx) => {
      const day = date ?? today(ctx.timezone);
      return s.markOn?.date === day ? s.markOn.mark : ctx.loaders.attendanceOn(day).load(s.id);
    },
    attendanceSummary: (s, args, ctx) => attendanceService.studentSummary(ctx, s.id, args),
  },
  AttendanceRecord: {
    student: async (a, _, ctx) => (await studentService.visibleById(ctx, a.studentId))!,
    markedBy: (a) => (a.markedBy ? { id: a.markedBy } : null),
  },
  AttendanceSummary: {
    student: (s, _, ctx) => (s.studentId ? studentService.visibleById(ctx, s.studentId) : null),
  },
  ClassAttendanceSummary: {
    class: async (s, _, ctx) => (await ctx.loaders.class.load(s.classId))!,
    division: (s, _, ctx) => (s.divisionId ? ctx.loaders.division.load(s.divisionId) : null),
  },
  AttendanceGroupKey: {
    class: (k, _, ctx) => (k.class ? ctx.loaders.class.load(k.class) : null),
    division: (k, _, ctx) => (k.division ? ctx.loaders.division.load(k.division) : null),
    student: (k, _, ctx) => (k.student ? studentService.visibleById(ctx, k.student) : null),
  },
  ClassRegister: {
    class: async (r, _, ctx) => (await ctx.loaders.class.load(r.classId))!,
    division: (r, _, ctx) => (r.divisionId ? ctx.loaders.division.load(r.divisionId) : null),
  },
};
