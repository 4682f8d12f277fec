/** Students, their placements and the school's reference data (years, classes, divisions, subjects). */
import type { Resolvers } from '../../generated/graphql';
import { attendanceDayAsked } from '../attendance/attendanceDayAsked';
import { referenceData } from './referenceData';
import { referenceService } from './referenceService';
import { studentService } from './studentService';

export const resolvers: Resolvers = {
  Query: {
    student: (_, { id }, ctx) => studentService.byId(ctx, id),
    studentByAdmissionNo: (_, { admissionNo }, ctx) => studentService.byAdmissionNo(ctx, admissionNo),
    students: (_, args, ctx) => studentService.page(ctx, args),
    classRoster: (_, { classId, divisionId }, ctx, info) => studentService.roster(ctx, classId, divisionId, attendanceDayAsked(info, ctx.timezone)),
    // Reference data is the school's own catalogue: nothing personal to scope.
    academicYears: (_, __, ctx) => referenceData.allYears(ctx.db),
    classes: (_, __, ctx) => referenceData.allClasses(ctx.db),
    subjects: (_, __, ctx) => referenceData.allSubjects(ctx.db),
  },
  Mutation: {
    createAcademicYear: (_, { input }, ctx) => referenceService.createYear(ctx, input),
    createClass: (_, { input }, ctx) => referenceService.createClass(ctx, input),
    createDivision: (_, { input }, ctx) => referenceService.createDivision(ctx, input),
    createSubject: (_, { input }, ctx) => referenceService.createSubject(ctx, input),
    createStudent: (_, { input }, ctx) => studentService.create(ctx, input),
    updateStudent: (_, { id, input }, ctx) => studentService.update(ctx, id, input),
    transferStudent: (_, { input }, ctx) => studentService.transfer(ctx, input),
  },
  Student: {
    __resolveReference: (ref, ctx) => studentService.visibleById(ctx, ref.id),
    fullName: (s) => [s.firstName, s.lastName].filter(Boolean).join(' '),
    class: (s, _, ctx) => (s.classId ? ctx.loaders.class.load(s.classId) : null),
    division: (s, _, ctx) => (s.divisionId ? ctx.loaders.division.load(s.divisionId) : null),
    rollNo: (s, _, ctx) => (s.currentRollNo !== undefined ? s.currentRollNo : ctx.loaders.currentRollNo.load(s.id)),
    classHistory: (s, _, ctx) => ctx.loaders.placementsOf.load(s.id),
  },
  StudentPlacement: {
    academicYear: async (p, _, ctx) => (await ctx.loaders.academicYear.load(p.academicYearId))!,
    class: async (p, _, ctx) => (await ctx.loaders.class.load(p.classId))!,
    division: (p, _, ctx) => (p.divisionId ? ctx.loaders.division.load(p.divisionId) : null),
  },
  AcademicYear: {
    __resolveReference: (ref, ctx) => ctx.loaders.academicYear.load(ref.id),
  },
  Class: {
    __resolveReference: (ref, ctx) => ctx.loaders.class.load(ref.id),
    divisions: (c, _, ctx) => ctx.loaders.divisionsOf.load(c.id),
    students: (c, args, ctx) => studentService.ofClass(ctx, c.id, args),
  },
  Division: {
    class: async (d, _, ctx) => (await ctx.loaders.class.load(d.classId))!,
  },
};
