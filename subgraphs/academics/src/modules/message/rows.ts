/** The rows the message module's resolvers receive (codegen maps its GraphQL types onto them). */
import type { school } from '@syncad/shared-db';

export type { SchoolExecutor as Db } from '@syncad/shared-db';

export type MessageThreadRow = typeof school.MessageThread.$inferSelect;

export type MessageRow = typeof school.Message.$inferSelect;
