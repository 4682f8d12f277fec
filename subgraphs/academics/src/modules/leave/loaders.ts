/** The leave module's DataLoaders. */
import { loaderOfGroups, type SchoolRequestContext } from '@syncad/subgraph-kit';
import { leaveData } from './leaveData';

export function leaveLoaders({ db }: SchoolRequestContext) {
  return {
    leaveOf: loaderOfGroups(
      (ids) => leaveData.ofStudents(db, ids),
      (r) => r.studentId,
    ),
  };
}
