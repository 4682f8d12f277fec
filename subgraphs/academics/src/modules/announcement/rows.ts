/** The rows the announcement module's resolvers receive (codegen maps its GraphQL types onto them). */
import type { school } from '@syncad/shared-db';

export type { SchoolExecutor as Db } from '@syncad/shared-db';

export type AnnouncementRow = typeof school.Announcement.$inferSelect;
