import type { AttendanceSummaryResolvers } from '../generated/graphql';
import { studentService } from '../services/studentService';

export const AttendanceSummary: AttendanceSummaryResolvers = {
  student: (s, _, ctx) => (s.studentId ? studentService.visibleById(ctx, s.studentId) : null),
};
