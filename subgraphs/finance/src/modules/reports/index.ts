/** Finance reports (permission module `fee`): a cashier's day book and the ledger's trial balance. */
import { defineModule } from '@syncad/subgraph-kit';
import { resolvers } from './resolvers';

// Staff reports: the service refuses a self-scoped caller (a STUDENT) outright.
export const reportsModule = defineModule(__dirname, { guards: 'fee', resolvers });
