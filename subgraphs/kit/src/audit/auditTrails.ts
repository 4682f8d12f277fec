/**
 * Reading the audit trails: a school's (its database's AuditEntry) and the central one (the
 * school's rows of the central AuditEntry: roles, permissions, memberships). Both are read with
 * raw SQL over the one column set they share (shared-db's auditColumns).
 */
import { sql, type SQL } from 'drizzle-orm';
import type { CentralDb, SchoolDb } from '@syncad/shared-db';
import type DataLoader from 'dataloader';
import { AppError } from '@syncad/platform';
import { loaderOfGroups } from '../data/loaders';
import { keysetAfter, keysetOrder, type SortKey } from '../paging/keyset';
import type { CursorPosition } from '../paging/cursors';
import type { RequestContext, SchoolRequestContext } from '../subgraph/RequestContext';
import { tablesOfType } from './auditedRecords';

/** One entry as stored, and the trail it came from (0 central, 1 school: the order among equal instants). */
export interface AuditEntryRow {
  source: 0 | 1;
  seq: number;
  at: Date;
  /** `at` in UTC, exact to the microsecond, in one fixed format (its text order is its time order): for cursors. */
  atText: string;
  actorKind: 'USER' | 'API_KEY' | 'DATABASE';
  actorId: string | null;
  tableName: string;
  recordId: string;
  action: 'CREATED' | 'UPDATED' | 'DELETED';
  /** The record's columns before (null when created) and after (null when deleted), as text. */
  before: Record<string, string | null> | null;
  after: Record<string, string | null> | null;
}

/** An entry as the driver gives it. */
type StoredEntry = Record<string, unknown> & Omit<AuditEntryRow, 'at'> & { at: string | Date };

/** A trail to read: a school database's, or the central one's rows of one school. */
export type AuditTrail = { source: 1; db: SchoolDb } | { source: 0; db: CentralDb; schoolId: string };

/** Newest first; entries of one instant in reverse commit order. */
export const AUDIT_ORDER: readonly SortKey[] = [
  { by: sql`"at"`, descending: true },
  { by: sql`"source"`, descending: true },
  { by: sql`"seq"`, descending: true },
];

export interface AuditFilter {
  tables?: string[];
  recordId?: string;
  actorId?: string;
  action?: string;
  /** School days, both inclusive, in the school's time zone. */
  from?: string;
  to?: string;
  timezone?: string;
}

function conditions(trail: AuditTrail, filter: AuditFilter): SQL[] {
  const where: SQL[] = [];
  if (trail.source === 0) where.push(sql`"schoolId" = ${trail.schoolId}`);
  if (filter.tables) where.push(sql`"tableName" = ANY(${sql.param(filter.tables)}::text[])`);
  if (filter.recordId) where.push(sql`"recordId" = ${filter.recordId}`);
  if (filter.actorId) where.push(sql`"actorId" = ${filter.actorId}`);
  if (filter.action) where.push(sql`action = ${filter.action}`);
  // Bounds as instants, so the index on "at" serves them.
  const zone = filter.timezone ?? 'UTC';
  if (filter.from) where.push(sql`"at" >= (${filter.from}::date)::timestamp AT TIME ZONE ${zone}`);
  if (filter.to) where.push(sql`"at" < (${filter.to}::date + 1)::timestamp AT TIME ZONE ${zone}`);
  return where;
}

const ENTRY_COLUMNS = (source: number) =>
  sql`${sql.raw(String(source))}::int AS source, seq::float8 AS seq, "at",
    to_char("at" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "atText", "actorKind", "actorId",
    "tableName", "recordId", action, ${valuesAsText('before')}, ${valuesAsText('after')}`;

/**
 * A stored row's values as text, as PostgreSQL writes them (money keeps its two places: a JSON
 * number read in JavaScript would not), objects as JSON.
 */
const valuesAsText = (column: 'before' | 'after') =>
  sql.raw(`(SELECT jsonb_object_agg(key, value #>> '{}') FROM jsonb_each(${column})) AS ${column}`);

/** One keyset page of a trail (`limit` rows after `position`), filtered. */
export async function auditPage(
  trail: AuditTrail,
  filter: AuditFilter,
  position: CursorPosition | null,
  limit: number,
): Promise<AuditEntryRow[]> {
  const where = conditions(trail, filter);
  // The source is a constant of each trail's statement, so the shared order compares it as one.
  const keys = AUDIT_ORDER.map((k, i) => (i === 1 ? { ...k, by: sql`${sql.raw(String(trail.source))}::int` } : k));
  const after = keysetAfter(keys, position);
  if (after) where.push(after);
  const result = await (trail.db as SchoolDb).execute<StoredEntry>(sql`
    SELECT ${ENTRY_COLUMNS(trail.source)} FROM "AuditEntry"
    ${where.length > 0 ? sql`WHERE ${sql.join(where, sql` AND `)}` : sql``}
    ORDER BY ${sql.join(keysetOrder(keys), sql`, `)} LIMIT ${limit}`);
  return result.rows.map((r) => ({ ...r, at: new Date(r.at) }));
}

export async function auditCount(trail: AuditTrail, filter: AuditFilter): Promise<number> {
  const where = conditions(trail, filter);
  const result = await (trail.db as SchoolDb).execute<{ n: number }>(sql`
    SELECT count(*)::int AS n FROM "AuditEntry" ${where.length > 0 ? sql`WHERE ${sql.join(where, sql` AND `)}` : sql``}`);
  return result.rows[0].n;
}

/** The most entries `history` lists for one record (auditTrail pages through all of them). */
export const HISTORY_LIMIT = 100;

const historyLoaders = new WeakMap<RequestContext, Map<string, DataLoader<string, AuditEntryRow[]>>>();

/**
 * The latest entries of records of `tables` in `trail`, newest first: every record asked for in a
 * request is read by one statement per trail and type. Self-scoped callers (a student) get none:
 * the trail holds other students' records beside theirs.
 */
export function auditHistory(ctx: RequestContext, trail: AuditTrail, tables: string[], recordId: string): Promise<AuditEntryRow[]> {
  if (ctx.caller?.selfScoped) throw AppError.forbidden('a student or guardian account cannot read the audit trail');
  let loaders = historyLoaders.get(ctx);
  if (!loaders) historyLoaders.set(ctx, (loaders = new Map()));
  const name = `${trail.source} ${tables.join(',')}`;
  let loader = loaders.get(name);
  if (!loader) {
    loader = loaderOfGroups<AuditEntryRow>(
      async (ids) => {
        const where = conditions(trail, { tables });
        const result = await (trail.db as SchoolDb).execute<StoredEntry>(sql`
        SELECT * FROM (
          SELECT ${ENTRY_COLUMNS(trail.source)}, row_number() OVER (PARTITION BY "recordId" ORDER BY seq DESC) AS nth
          FROM "AuditEntry" WHERE ${sql.join([...where, sql`"recordId" = ANY(${sql.param(ids)}::uuid[])`], sql` AND `)}
        ) latest WHERE nth <= ${HISTORY_LIMIT} ORDER BY seq DESC`);
        return result.rows.map((r) => ({ ...r, at: new Date(r.at) }));
      },
      (e) => e.recordId,
    );
    loaders.set(name, loader);
  }
  return loader.load(recordId);
}

/** The history of a record of GraphQL type `type` kept in the caller's school database. */
export function schoolRecordHistory(ctx: SchoolRequestContext, type: string, recordId: string): Promise<AuditEntryRow[]> {
  return auditHistory(ctx, { source: 1, db: ctx.db }, tablesOfType(type), recordId);
}

/** The history of a record of GraphQL type `type` kept in the central trail (roles, memberships). */
export function centralRecordHistory(ctx: RequestContext, type: string, recordId: string): Promise<AuditEntryRow[]> {
  const { schoolId } = ctx.requireCaller();
  return auditHistory(ctx, { source: 0, db: ctx.central, schoolId }, tablesOfType(type), recordId);
}
