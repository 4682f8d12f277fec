/**
 * The whole audit trail of the caller's school: its database's entries and its rows of the central
 * trail (roles, permissions, memberships), merged newest first. A page reads at most one page
 * from each trail (one statement each, and one count each), whatever the page size.
 */
import {
  AUDITED_TABLES,
  auditCount,
  auditPage,
  checkRange,
  connection,
  pageRequest,
  parseId,
  tablesOfType,
  type AuditEntryRow,
  type AuditFilter,
  type AuditTrail,
  type Connection,
} from '@syncad/subgraph-kit';
import { AppError } from '@syncad/platform';
import type { AcademicsContext } from '../../context';
import type { AuditTrailFilter } from '../../generated/graphql';

const LIST = 'auditTrail';
const RECORD_TYPES = [...new Set(Object.values(AUDITED_TABLES).map((t) => t.type))];

function filterOf(ctx: AcademicsContext, filter: AuditTrailFilter | null | undefined): AuditFilter {
  const f = filter ?? {};
  const unknown = f.recordTypes?.filter((t) => !RECORD_TYPES.includes(t));
  if (unknown?.length) {
    throw AppError.badInput(`no audited record type ${unknown.join(', ')}: one of ${RECORD_TYPES.join(', ')}`, 'filter.recordTypes');
  }
  if (f.from && f.to) checkRange(f.from, f.to);
  return {
    tables: f.recordTypes?.flatMap(tablesOfType),
    recordId: f.recordId == null ? undefined : parseId(f.recordId, 'filter.recordId'),
    actorId: f.by == null ? undefined : parseId(f.by, 'filter.by'),
    action: f.action ?? undefined,
    from: f.from ?? undefined,
    to: f.to ?? undefined,
    timezone: ctx.timezone,
  };
}

export const auditTrailService = {
  async page(
    ctx: AcademicsContext,
    args: { filter?: AuditTrailFilter | null; first?: number | null; after?: string | null },
  ): Promise<Connection<AuditEntryRow>> {
    if (ctx.caller.selfScoped) throw AppError.forbidden('a student or guardian account cannot read the audit trail');
    const filter = filterOf(ctx, args.filter);
    const page = pageRequest(ctx.cursors, LIST, args);
    const trails: AuditTrail[] = [
      { source: 1, db: ctx.db },
      { source: 0, db: ctx.central, schoolId: ctx.schoolId },
    ];
    // A filter on record types that only one trail keeps leaves the other unread.
    const read = trails.filter((t) => !filter.tables || filter.tables.some((name) => (t.source === 0) === !!AUDITED_TABLES[name].central));
    const [pages, counts] = await Promise.all([
      Promise.all(read.map((t) => auditPage(t, filter, page.after, page.size + 1))),
      Promise.all(read.map((t) => auditCount(t, filter))),
    ]);
    const merged = pages
      .flat()
      .sort(newestFirst)
      .slice(0, page.size + 1);
    return connection(
      ctx.cursors,
      LIST,
      page,
      merged,
      counts.reduce((a, b) => a + b, 0),
      (e) => [e.atText, e.source, e.seq],
    );
  },
};

/** The trail's order (AUDIT_ORDER): later instants first, then the school's before the central's, then later entries. */
function newestFirst(a: AuditEntryRow, b: AuditEntryRow): number {
  return (b.atText < a.atText ? -1 : b.atText > a.atText ? 1 : 0) || b.source - a.source || b.seq - a.seq;
}
