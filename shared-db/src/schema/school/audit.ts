/**
 * The audit trail: one row per change of an audited record (attendance, results, exams, fee
 * structures, vouchers, boarding marks), written by triggers in the transaction of the change
 * (migrations/school/0010_audit_trail.sql), so no code path can change a record untraced. Who
 * changed it comes from the transaction's `syncad.actor` setting (the kit sets it for every
 * request's transaction); a change made outside the API is recorded as the DATABASE's. The
 * database refuses updates and deletes on it.
 */
import { bigserial, index, jsonb, pgTable, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';

/** Who an audit entry names: a signed-in user, an API key, or a write made outside the API. */
export const AUDIT_ACTOR_KINDS = ['USER', 'API_KEY', 'DATABASE'] as const;
export const AUDIT_ACTIONS = ['CREATED', 'UPDATED', 'DELETED'] as const;

/** The columns both audit trails (a school's and the central one) share. */
export const auditColumns = () => ({
  /** Ascending in commit order within one database; the trail's order after `at`. */
  seq: bigserial('seq', { mode: 'number' }).primaryKey(),
  /** The start of the changing transaction: every entry of one change has the same instant. */
  at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  actorKind: varchar('actorKind', { length: 10 }).notNull().$type<(typeof AUDIT_ACTOR_KINDS)[number]>(),
  /** The user's or the API key's id; null for a DATABASE change. */
  actorId: uuid('actorId'),
  /** The table whose record changed. */
  tableName: varchar('tableName', { length: 60 }).notNull(),
  recordId: uuid('recordId').notNull(),
  action: varchar('action', { length: 10 }).notNull().$type<(typeof AUDIT_ACTIONS)[number]>(),
  /** The record before (null when created) and after (null when deleted), as JSON of its columns. */
  before: jsonb('before').$type<Record<string, unknown>>(),
  after: jsonb('after').$type<Record<string, unknown>>(),
});

export const AuditEntry = pgTable('AuditEntry', auditColumns(), (t) => [
  index('AuditEntry_at_seq_idx').on(t.at, t.seq),
  index('AuditEntry_tableName_recordId_idx').on(t.tableName, t.recordId, t.seq),
]);
