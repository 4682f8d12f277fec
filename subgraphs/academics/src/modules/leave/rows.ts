/** The rows the leave module's resolvers receive (codegen maps its GraphQL types onto them). */
import type { school } from '@syncad/shared-db';

export type { SchoolExecutor as Db } from '@syncad/shared-db';

export type LeaveApplicationRow = typeof school.LeaveApplication.$inferSelect;
