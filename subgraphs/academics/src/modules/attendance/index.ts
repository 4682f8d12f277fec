/** The `attendance` module: marking a class's attendance, registers, summaries and each student's record. */
import { defineModule } from '@syncad/subgraph-kit';
import { resolvers } from './resolvers';

export { attendanceLoaders } from './loaders';
export type { AttendanceRow } from './rows';

export const attendanceModule = defineModule(__dirname, {
  resolvers,
  selfScope: { ownedTypes: { AttendanceRecord: (a: { studentId: string }) => a.studentId } },
});
