/** The `transport` module: the fleet and network, riders, trips, boarding and drop marks, manifests. */
import { defineModule } from '@syncad/subgraph-kit';
import { resolvers } from './resolvers';

const ownerOf = (row: { studentId: string }) => row.studentId;

export const transportModule = defineModule(__dirname, {
  resolvers,
  // A STUDENT changes nothing here; wherever an assignment, a student's trip or a mark is
  // returned, they receive only their own (services filter in SQL as well).
  selfScope: { ownedTypes: { StudentTransport: ownerOf, StudentTrip: ownerOf, TripMark: ownerOf } },
});
