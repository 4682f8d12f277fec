/** The `library` module: the catalogue, copies, issues and returns. */
import { defineModule } from '@syncad/subgraph-kit';
import { resolvers } from './resolvers';

export { libraryLoaders } from './loaders';
export { financeLink, type FinanceLink } from './libraryFines';

export const libraryModule = defineModule(__dirname, {
  resolvers,
  selfScope: { ownedTypes: { LibraryIssue: (i: { studentId: string }) => i.studentId } },
});
