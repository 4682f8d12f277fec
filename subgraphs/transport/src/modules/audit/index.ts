/** The `audit` module: the history of boarding and drop marks, from the audit trail. */
import { AUDIT_SDL, auditEntryResolvers, defineModule } from '@syncad/subgraph-kit';
import { resolvers } from './resolvers';

export const auditModule = defineModule(__dirname, { resolvers: { ...auditEntryResolvers, ...resolvers }, kitSdl: AUDIT_SDL });
