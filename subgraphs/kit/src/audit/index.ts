/**
 * The audit trail's part of every subgraph that shows it (module folder `audit`, guarding the
 * `audit` permission module): the AuditEntry type, shared by the subgraphs, and how its fields
 * read a stored entry. A record type gets `history` in its own schema (`@module(audit, read)`),
 * resolved with `auditHistory`; academics serves the whole trail (`auditTrail`).
 */
import type { GraphQLObjectType, GraphQLResolveInfo } from 'graphql';
import { defineModule } from '../subgraph/defineModule';
import { referenceResolverOf } from '../subgraph/entityReferences';
import type { RequestContext } from '../subgraph/RequestContext';
import { AUDITED_TABLES, changesOf, recordIdOf } from './auditedRecords';
import type { AuditEntryRow } from './auditTrails';

export { AUDITED_TABLES, tablesOfType } from './auditedRecords';
export * from './auditTrails';

export const auditModule = defineModule(__dirname, {
  resolvers: {
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
  },
});
