import type { LeaveApplicationResolvers } from '../generated/graphql';
import { studentService } from '../services/studentService';

export const LeaveApplication: LeaveApplicationResolvers = {
  student: async (l, _, ctx) => (await studentService.visibleById(ctx, l.studentId))!,
};
