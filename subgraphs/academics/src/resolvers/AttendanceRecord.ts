import type { AttendanceRecordResolvers } from '../generated/graphql';
import { studentService } from '../services/studentService';

export const AttendanceRecord: AttendanceRecordResolvers = {
  student: async (a, _, ctx) => (await studentService.visibleById(ctx, a.studentId))!,
};
