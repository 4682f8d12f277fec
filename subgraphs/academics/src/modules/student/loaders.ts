/** The student module's DataLoaders: students and their placements. */
import { isUuid } from '@syncad/shared-db';
import { loaderById, loaderByKey, loaderOfGroups, ownStudentFilter, type SchoolRequestContext } from '@syncad/subgraph-kit';
import { studentData } from './studentData';

export function studentLoaders(ctx: SchoolRequestContext) {
  const { db } = ctx;
  return {
    student: loaderById((ids) => studentData.byIds(db, ids)),
    /** The student record linked to each user account (null for staff). */
    studentOfUser: loaderByKey(
      (userIds) => studentData.byUserIds(db, userIds.filter(isUuid)),
      (r) => r.userId!,
    ),
    placementsOf: loaderOfGroups(
      (ids) => studentData.placementsOf(db, ids),
      (r) => r.studentId,
    ),
    rosterOf: loaderOfGroups(
      async (ids) => studentData.rostersOf(db, ids, await ownStudentFilter(ctx)),
      (r) => r.classId!,
    ),
    currentRollNo: loaderByKey(
      (ids) => studentData.currentRollNos(db, ids),
      (r) => r.studentId,
      () => null,
      (r) => r.rollNo,
    ),
  };
}
