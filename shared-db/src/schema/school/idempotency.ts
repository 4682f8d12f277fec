/**
 * Writes a client may retry: a mutation sent with an Idempotency-Key runs in one transaction
 * that also claims its row here, and stores its answer with it, so a retry of the same request
 * gets that answer and writes nothing, however the first attempt ended (a timeout, a lost
 * answer). Keys live a day.
 */
import { sql } from 'drizzle-orm';
import { char, jsonb, pgTable, primaryKey, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';

export const IdempotentRequest = pgTable(
  'IdempotentRequest',
  {
    /** Who sent it: the signed-in user, or the API key. */
    principal: uuid('principal').notNull(),
    key: varchar('key', { length: 100 }).notNull(),
    /** The subgraph it reached: a client mutation may write through several. */
    subgraph: varchar('subgraph', { length: 40 }).notNull(),
    /** SHA-256 of the subgraph request (operation and variables): the same key for another request is refused. */
    fingerprint: char('fingerprint', { length: 64 }).notNull(),
    /** The answer, stored in the transaction that made the writes (never without them). */
    response: jsonb('response'),
    createdAt: timestamp('createdAt', { withTimezone: true })
      .notNull()
      .default(sql`now()`),
  },
  (t) => [primaryKey({ columns: [t.principal, t.key, t.subgraph] })],
);
