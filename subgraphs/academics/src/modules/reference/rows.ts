/** The rows the reference module's resolvers receive (codegen maps its GraphQL types onto them). */
import type { school } from '@syncad/shared-db';

export type { SchoolExecutor as Db } from '@syncad/shared-db';

export type AcademicYearRow = typeof school.AcademicYear.$inferSelect;

export type ClassRow = typeof school.Class.$inferSelect;

export type DivisionRow = typeof school.Division.$inferSelect;

export type SubjectRow = typeof school.Subject.$inferSelect;
