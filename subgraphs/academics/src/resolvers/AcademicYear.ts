import type { AcademicYearResolvers } from '../generated/graphql';

export const AcademicYear: AcademicYearResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.academicYear.load(ref.id),
};
