/** Routes (permission module `transport`): routes with their ordered stops, and which students ride them. */
import { defineModule } from '@syncad/subgraph-kit';
import { resolvers } from './resolvers';

export { routeData } from './routeData';

export const routesModule = defineModule(__dirname, {
  guards: 'transport',
  resolvers,
  // A STUDENT changes nothing here; wherever an assignment is returned, they receive only their
  // own (the service filters in SQL as well).
  selfScope: { ownedTypes: { StudentTransport: (row: { studentId: string }) => row.studentId } },
});
