/** The exam module's DataLoaders: exams, and ranked results by exam and by student. */
import { loaderById, loaderOfGroups, type SchoolRequestContext } from '@syncad/subgraph-kit';
import { examData } from './examData';

export function examLoaders({ db }: SchoolRequestContext) {
  return {
    exam: loaderById((ids) => examData.byIds(db, ids)),
    resultsOfExam: loaderOfGroups(
      (ids) => examData.ranked(db, { examIds: ids }),
      (r) => r.examId,
    ),
    resultsOfStudent: loaderOfGroups(
      (ids) => examData.ranked(db, { studentIds: ids }),
      (r) => r.studentId,
    ),
  };
}
