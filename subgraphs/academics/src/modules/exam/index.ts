/** The `exam` module: the grading scale, exams, marks entry and results with percentage, grade and rank. */
import { defineModule } from '@syncad/subgraph-kit';
import { resolvers } from './resolvers';

export { examData } from './examData';
export { examLoaders } from './loaders';

export const examModule = defineModule(__dirname, {
  resolvers,
  // A STUDENT sees only their own results, wherever results appear (an exam's list included).
  selfScope: { ownedTypes: { ExamResult: (r: { studentId: string }) => r.studentId } },
});
