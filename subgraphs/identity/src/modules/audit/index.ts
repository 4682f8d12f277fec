/** The `audit` module: the history of roles (with their permissions) and memberships, from the audit trail. */
import { AUDIT_SDL, auditEntryResolvers, defineModule } from '@syncad/subgraph-kit';
import { resolvers } from './resolvers';

export const auditModule = defineModule(__dirname, { resolvers: { ...auditEntryResolvers, ...resolvers }, kitSdl: AUDIT_SDL });
