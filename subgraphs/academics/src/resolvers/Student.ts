/** The Student entity: references resolve through the self-scoped loader; every FK through a loader. */
import type { StudentResolvers } from '../generated/graphql';
import { attendanceService } from '../services/attendanceService';
import { examService } from '../services/examService';
import { studentService } from '../services/studentService';

export const Student: StudentResolvers = {
  __resolveReference: (ref, ctx) => studentService.visibleById(ctx, ref.id),
  fullName: (s) => [s.firstName, s.lastName].filter(Boolean).join(' '),
  class: (s, _, ctx) => (s.classId ? ctx.loaders.class.load(s.classId) : null),
  division: (s, _, ctx) => (s.divisionId ? ctx.loaders.division.load(s.divisionId) : null),
  rollNo: (s, _, ctx) => ctx.loaders.currentRollNo.load(s.id),
  classHistory: (s, _, ctx) => ctx.loaders.placementsOf.load(s.id),
  attendance: (s, { from, to }, ctx) => attendanceService.history(ctx, s.id, from, to),
  attendanceOn: (s, { date }, ctx) => ctx.loaders.attendanceOn(date).load(s.id),
  attendanceSummary: (s, args, ctx) => attendanceService.studentSummary(ctx, s.id, args),
  results: (s, { academicYearId }, ctx) => examService.resultsOfStudent(ctx, s.id, academicYearId),
  leaveApplications: (s, _, ctx) => ctx.loaders.leaveOf.load(s.id),
  libraryIssues: (s, { openOnly }, ctx) => ctx.loaders.issuesOf(openOnly ?? true).load(s.id),
};
