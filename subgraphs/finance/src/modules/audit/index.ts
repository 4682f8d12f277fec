/** The `audit` module: the history of fee structures and receipts, from the audit trail. */
import { AUDIT_SDL, auditEntryResolvers, defineModule } from '@syncad/subgraph-kit';
import { resolvers } from './resolvers';

export const auditModule = defineModule(__dirname, { resolvers: { ...auditEntryResolvers, ...resolvers }, kitSdl: AUDIT_SDL });
