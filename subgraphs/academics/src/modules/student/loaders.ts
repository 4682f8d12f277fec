/** The student module's DataLoaders: students, their placements and the school's reference data. */
import { loaderById, loaderByKey, loaderOfGroups, selfScopedUserId, type SchoolRequestContext } from '@syncad/subgraph-kit';
import { referenceData } from './referenceData';
import { studentData } from './studentData';

export function studentLoaders({ db, caller }: SchoolRequestContext) {
  return {
    student: loaderById((ids) => studentData.byIds(db, ids)),
    academicYear: loaderById((ids) => referenceData.yearsByIds(db, ids)),
    class: loaderById((ids) => referenceData.classesByIds(db, ids)),
    division: loaderById((ids) => referenceData.divisionsByIds(db, ids)),
    subject: loaderById((ids) => referenceData.subjectsByIds(db, ids)),
    divisionsOf: loaderOfGroups((ids) => referenceData.divisionsOfClasses(db, ids), (r) => r.classId),
    placementsOf: loaderOfGroups((ids) => studentData.placementsOf(db, ids), (r) => r.studentId),
    rosterOf: loaderOfGroups((ids) => studentData.rostersOf(db, ids, selfScopedUserId(caller)), (r) => r.classId!),
    currentRollNo: loaderByKey(
      (ids) => studentData.currentRollNos(db, ids),
      (r) => r.studentId,
      () => null,
      (r) => r.rollNo,
    ),
  };
}
