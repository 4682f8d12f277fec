/** The `auditTrail` module folder: the school's audit trail, paged and filtered (guards `audit`). */
import { defineModule } from '@syncad/subgraph-kit';
import { resolvers } from './resolvers';

export const auditTrailModule = defineModule(__dirname, { guards: 'audit', resolvers });
