/** The `leave` module: leave applications (a STUDENT applies for themselves) and staff decisions. */
import { defineModule } from '@syncad/subgraph-kit';
import { resolvers } from './resolvers';

export { leaveLoaders } from './loaders';

export const leaveModule = defineModule(__dirname, {
  resolvers,
  selfScope: {
    mutations: ['applyForLeave', 'cancelLeaveApplication'],
    ownedTypes: { LeaveApplication: (l: { studentId: string }) => l.studentId },
  },
});
