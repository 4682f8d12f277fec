/** Marks (permission module `transport`): boarding and drop marks per stop, and a student's transport history. */
import { defineModule } from '@syncad/subgraph-kit';
import { resolvers } from './resolvers';

export { markData } from './markData';

const ownerOf = (row: { studentId: string }) => row.studentId;

export const marksModule = defineModule(__dirname, {
  guards: 'transport',
  resolvers,
  // Wherever a student's trip or a mark is returned to a STUDENT, they receive only their own
  // (the services filter in SQL as well).
  selfScope: { ownedTypes: { StudentTrip: ownerOf, TripMark: ownerOf } },
});
