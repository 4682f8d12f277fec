/** Column helpers shared by every school table. */
import { numeric, timestamp, uuid } from 'drizzle-orm/pg-core';

export const id = () => uuid('id').primaryKey().defaultRandom();
/** Kept on every school row as the design asks; a school database holds one school. */
export const schoolId = () => uuid('schoolId').notNull();
export const createdAt = () => timestamp('createdAt', { withTimezone: true }).notNull().defaultNow();
export const updatedAt = () => timestamp('updatedAt', { withTimezone: true }).notNull().defaultNow();
/** Money: numeric(12,2), read back as a string, never a float. */
export const money = (name: string) => numeric(name, { precision: 12, scale: 2 });
