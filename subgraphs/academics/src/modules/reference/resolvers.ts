/** The school's reference data: academic years, classes, divisions and subjects. */
import type { Resolvers } from '../../generated/graphql';
import { referenceData } from './referenceData';
import { referenceService } from './referenceService';

export const resolvers: Resolvers = {
  Query: {
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
    setClassTeacher: (_, { input }, ctx) => referenceService.setClassTeacher(ctx, input),
  },
  AcademicYear: {
    __resolveReference: (ref, ctx) => ctx.loaders.academicYear.load(ref.id),
  },
  Class: {
    __resolveReference: (ref, ctx) => ctx.loaders.class.load(ref.id),
    divisions: (c, _, ctx) => ctx.loaders.divisionsOf.load(c.id),
    classTeacher: (c) => (c.classTeacherId ? { id: c.classTeacherId } : null),
  },
  Division: {
    __resolveReference: (ref, ctx) => ctx.loaders.division.load(ref.id),
    class: async (d, _, ctx) => (await ctx.loaders.class.load(d.classId))!,
    classTeacher: (d, _, ctx) => referenceService.classTeacherOf(ctx, d.classId, d.id),
  },
  Subject: {
    __resolveReference: (ref, ctx) => ctx.loaders.subject.load(ref.id),
  },
};
