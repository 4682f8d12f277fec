/** The fleet (permission module `transport`): buses and stops. */
import { defineModule } from '@syncad/subgraph-kit';
import { resolvers } from './resolvers';

export { fleetData } from './fleetData';

// A STUDENT changes nothing here; buses and stops are nobody's own.
export const fleetModule = defineModule(__dirname, { guards: 'transport', resolvers });
