/** Students and their placements, and the students of a class. */
import { selectsField } from '@syncad/subgraph-kit';
import type { Resolvers } from '../../generated/graphql';
import { attendanceDayAsked } from './attendanceDayAsked';
import { studentService } from './studentService';
import { referenceService } from '../reference';

export const resolvers: Resolvers = {
  Query: {
    student: (_, { id }, ctx) => studentService.byId(ctx, id),
    studentByAdmissionNo: (_, { admissionNo }, ctx) => studentService.byAdmissionNo(ctx, admissionNo),
    students: (_, args, ctx, info) => studentService.page(ctx, args, selectsField(info, 'totalCount')),
    classRoster: (_, { classId, divisionId }, ctx, info) =>
      studentService.roster(ctx, classId, divisionId, attendanceDayAsked(info, ctx.timezone)),
  },
  Mutation: {
    createStudent: (_, { input }, ctx) => studentService.create(ctx, input),
    updateStudent: (_, { input: { id, ...changes } }, ctx) => studentService.update(ctx, id, changes),
    transferStudent: (_, { input }, ctx) => studentService.transfer(ctx, input),
    removeStudent: async (_, { input }, ctx) => ctx.globalIds.seal('Student', await studentService.remove(ctx, input)),
  },
  Student: {
    __resolveReference: (ref, ctx) => studentService.visibleById(ctx, ref.id),
    fullName: (s) => [s.firstName, s.lastName].filter(Boolean).join(' '),
    class: (s, _, ctx) => (s.classId ? ctx.loaders.class.load(s.classId) : null),
    division: (s, _, ctx) => (s.divisionId ? ctx.loaders.division.load(s.divisionId) : null),
    rollNo: (s, _, ctx) => (s.currentRollNo !== undefined ? s.currentRollNo : ctx.loaders.currentRollNo.load(s.id)),
    classHistory: (s, _, ctx) => ctx.loaders.placementsOf.load(s.id),
    user: (s) => (s.userId ? { id: s.userId } : null),
    classTeacher: (s, _, ctx) => (s.classId ? referenceService.classTeacherOf(ctx, s.classId, s.divisionId) : null),
  },
  User: {
    __resolveReference: (ref) => ({ id: ref.id }),
    admissionNumber: async (u, _, ctx) => (await ctx.loaders.studentOfUser.load(u.id))?.admissionNo ?? null,
  },
  Me: {
    // Only the caller's own view: identity resolves the rest of Me the same way.
    __resolveReference: (ref, ctx) => (ctx.caller && ref.id === ctx.caller.userId ? { id: ref.id } : null),
    student: (me, _, ctx) => ctx.loaders.studentOfUser.load(me.id),
  },
  StudentPlacement: {
    academicYear: async (p, _, ctx) => (await ctx.loaders.academicYear.load(p.academicYearId))!,
    class: async (p, _, ctx) => (await ctx.loaders.class.load(p.classId))!,
    division: (p, _, ctx) => (p.divisionId ? ctx.loaders.division.load(p.divisionId) : null),
  },
  Class: {
    students: (c, args, ctx) => studentService.ofClass(ctx, c.id, args),
  },
};
