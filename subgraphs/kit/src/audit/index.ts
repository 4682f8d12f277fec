/**
 * The audit trail's part of every subgraph that shows it: the AuditEntry type, shared by the
 * subgraphs (AUDIT_SDL), and how its fields read a stored entry (auditEntryResolvers). Each
 * subgraph's `audit` module folder (guarding the `audit` permission module) takes both and gives
 * its audited types `history`, resolved with schoolRecordHistory or centralRecordHistory;
 * academics' also serves the whole trail (`auditTrail`).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { GraphQLObjectType, GraphQLResolveInfo } from 'graphql';
import { referenceResolverOf } from '../subgraph/entityReferences';
import type { RequestContext } from '../subgraph/RequestContext';
import { AUDITED_TABLES, changesOf, recordIdOf } from './auditedRecords';
import type { AuditEntryRow } from './auditTrails';

export { AUDITED_TABLES, tablesOfType } from './auditedRecords';
export * from './auditTrails';

/** The shared types, for `defineModule(..., { kitSdl: AUDIT_SDL })` (codegen reads the same file). */
export const AUDIT_SDL = fs.readFileSync(path.join(__dirname, 'schema.graphql'), 'utf8');

export const auditEntryResolvers = {
  AuditEntry: {
    // The author's card, loaded as the subgraph loads any reference to a User (identity reads
    // it; the others hand the reference on to identity).
    by: (e: AuditEntryRow, _: unknown, ctx: RequestContext, info: GraphQLResolveInfo) =>
      e.actorId && e.actorKind !== 'DATABASE'
        ? referenceResolverOf(info.schema.getType('User') as GraphQLObjectType)({ __typename: 'User', id: e.actorId }, ctx, info)
        : null,
    recordType: (e: AuditEntryRow) => AUDITED_TABLES[e.tableName]?.type ?? e.tableName,
    recordId: (e: AuditEntryRow, _: unknown, ctx: RequestContext) =>
      recordIdOf(e.tableName, e.after ?? e.before, e.recordId, ctx.globalIds),
    changes: (e: AuditEntryRow, _: unknown, ctx: RequestContext) => changesOf(e.before, e.after, ctx.globalIds),
  },
};
