/** The `student` module: students, admissions, class placements and transfers, and the school's reference data. */
import { defineModule } from '@syncad/subgraph-kit';
import { resolvers } from './resolvers';

export const studentModule = defineModule(__dirname, {
  resolvers,
  // A STUDENT changes nothing here, and reads only their own student record.
  selfScope: { ownedTypes: { Student: (s: { id: string }) => s.id } },
});
