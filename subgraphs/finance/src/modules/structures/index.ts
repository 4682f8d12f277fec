/** Fee structures (permission module `fee`): what a class is charged in a year, by installment. */
import { defineModule } from '@syncad/subgraph-kit';
import { resolvers } from './resolvers';

export { feeStructureData } from './feeStructureData';

// A STUDENT changes nothing here; fee structures are the school's, nobody's own.
export const structuresModule = defineModule(__dirname, { guards: 'fee', resolvers });
