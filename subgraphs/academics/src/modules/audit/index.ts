/** The `audit` module: the school's audit trail, paged and filtered, and the history of attendance, exams and results. */
import { AUDIT_SDL, auditEntryResolvers, defineModule } from '@syncad/subgraph-kit';
import { resolvers } from './resolvers';

export const auditModule = defineModule(__dirname, { resolvers: { ...auditEntryResolvers, ...resolvers }, kitSdl: AUDIT_SDL });
