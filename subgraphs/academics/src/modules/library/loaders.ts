/** The library module's DataLoaders. */
import { loaderById, loaderOfGroups, perArgument, type SchoolRequestContext } from '@syncad/subgraph-kit';
import { libraryData } from './libraryData';

export function libraryLoaders({ db }: SchoolRequestContext) {
  const issuesOf = perArgument((which) =>
    loaderOfGroups(
      (ids) => libraryData.issuesOfStudents(db, ids, which === 'open'),
      (r) => r.studentId,
    ),
  );
  return {
    book: loaderById((ids) => libraryData.booksByIds(db, ids)),
    bookCopy: loaderById((ids) => libraryData.copiesByIds(db, ids)),
    copiesOf: loaderOfGroups(
      (ids) => libraryData.copiesOfBooks(db, ids),
      (r) => r.bookId,
    ),
    issuesOf: (openOnly: boolean) => issuesOf(openOnly ? 'open' : 'all'),
  };
}
