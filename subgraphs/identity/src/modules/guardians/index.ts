/**
 * Guardians (permission module `student`): inviting a guardian for a student with a one-time
 * code, its acceptance by the code's holder (any signed-in user: their own invitations only),
 * unlinking, a student's guardians and `me.children`. The links are in the school database
 * (identity is declared with `schoolAccess`); what reads them there (scope) is shared-db's.
 */
import { defineModule } from '@syncad/subgraph-kit';
import { resolvers } from './resolvers';

export { guardianLoaders } from './loaders';

export const guardiansModule = defineModule(__dirname, {
  guards: 'student',
  resolvers,
  selfScope: {
    mutations: ['acceptGuardianInvitation'],
    // A guardian reads the guardians of their own children only (identity scopes like the school subgraphs).
    ownedTypes: {
      Student: (s: { id: string }) => s.id,
      Guardian: (g: { studentId: string }) => g.studentId,
      GuardianChild: (g: { studentId: string }) => g.studentId,
    },
  },
});
