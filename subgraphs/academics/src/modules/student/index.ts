/** The `student` module: students, admissions, class placements and transfers, and class rosters. */
import { defineModule } from '@syncad/subgraph-kit';
import { resolvers } from './resolvers';

export { studentLoaders } from './loaders';
export type { StudentRow } from './rows';
export { ROSTER_LAYOUT, studentData } from './studentData';
export { studentService } from './studentService';

export const studentModule = defineModule(__dirname, {
  resolvers,
  // A STUDENT changes nothing here, and reads only their own student record.
  selfScope: { ownedTypes: { Student: (s: { id: string }) => s.id } },
});
