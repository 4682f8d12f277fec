/** The rows the library module's resolvers receive (codegen maps its GraphQL types onto them). */
import type { school } from '@syncad/shared-db';

export type { SchoolExecutor as Db } from '@syncad/shared-db';

export type BookRow = typeof school.Book.$inferSelect;

export type BookCopyRow = typeof school.BookCopy.$inferSelect;

export type LibraryIssueRow = typeof school.LibraryBookIssue.$inferSelect;

/** The library's rules (LibrarySettings, or the defaults when the school has set none). */
export interface LibrarySettingsRow {
  finePerDay: string;
}
