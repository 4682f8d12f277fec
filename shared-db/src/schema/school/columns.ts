/** Column helpers shared by every school table. */
import { numeric, timestamp, uuid } from 'drizzle-orm/pg-core';

export const id = () => uuid('id').primaryKey().defaultRandom();
/** Kept on every school row as the design asks; a school database holds one school. */
export const schoolId = () => uuid('schoolId').notNull();
export const createdAt = () => timestamp('createdAt', { withTimezone: true }).notNull().defaultNow();
export const updatedAt = () => timestamp('updatedAt', { withTimezone: true }).notNull().defaultNow();
/** Money: numeric(12,2), read back as a string, never a float. */
export const money = (name: string) => numeric(name, { precision: 12, scale: 2 });
/**
 * A running balance: a sum of money amounts, so wider than any one amount. numeric(20,2) holds the
 * sum of 10^8 amounts at the API's largest (9,999,999,999.99), more than a school ever posts.
 */
export const balance = (name: string) => numeric(name, { precision: 20, scale: 2 });
