/**
 * Saved queries (the playground's shared operations): any signed-in person's own, and the ones
 * shared with their school. Its fields are `self`: no Role_Module_Permission flag guards them, and
 * running a saved query needs the runner's own permissions.
 */
import { defineModule } from '@syncad/subgraph-kit';
import { resolvers } from './resolvers';

export const savedQueriesModule = defineModule(__dirname, {
  guards: 'self',
  resolvers,
  // A student or guardian keeps queries too; they are theirs, and run with their own scope.
  selfScope: { mutations: ['saveQuery', 'deleteSavedQuery'] },
});
