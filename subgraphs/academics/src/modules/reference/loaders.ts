/** The reference module's DataLoaders: the school's years, classes, divisions and subjects. */
import { loaderById, loaderOfGroups, type SchoolRequestContext } from '@syncad/subgraph-kit';
import { referenceData } from './referenceData';

export function referenceLoaders({ db }: SchoolRequestContext) {
  return {
    academicYear: loaderById((ids) => referenceData.yearsByIds(db, ids)),
    class: loaderById((ids) => referenceData.classesByIds(db, ids)),
    division: loaderById((ids) => referenceData.divisionsByIds(db, ids)),
    subject: loaderById((ids) => referenceData.subjectsByIds(db, ids)),
    divisionsOf: loaderOfGroups(
      (ids) => referenceData.divisionsOfClasses(db, ids),
      (r) => r.classId,
    ),
  };
}
