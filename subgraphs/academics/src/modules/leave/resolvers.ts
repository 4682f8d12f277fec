/** Leave applications and their decisions. */
import type { Resolvers } from '../../generated/graphql';
import { studentService } from '../student/studentService';
import { leaveService } from './leaveService';

export const resolvers: Resolvers = {
  Query: {
    leaveApplications: (_, args, ctx) => leaveService.list(ctx, args),
  },
  Mutation: {
    applyForLeave: (_, { input }, ctx) => leaveService.apply(ctx, input),
    approveLeave: (_, { id, note }, ctx) => leaveService.approve(ctx, id, note),
    rejectLeave: (_, { id, note }, ctx) => leaveService.reject(ctx, id, note),
  },
  Student: {
    leaveApplications: (s, _, ctx) => ctx.loaders.leaveOf.load(s.id),
  },
  LeaveApplication: {
    student: async (l, _, ctx) => (await studentService.visibleById(ctx, l.studentId))!,
  },
};
