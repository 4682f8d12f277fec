/** Leave applications and their decisions. */
import { connectionOfList } from '@syncad/subgraph-kit';
import type { Resolvers } from '../../generated/graphql';
import { studentService } from '../student';
import { leaveService } from './leaveService';

export const resolvers: Resolvers = {
  Query: {
    leaveApplications: (_, args, ctx) => leaveService.list(ctx, args),
  },
  Mutation: {
    applyForLeave: (_, { input }, ctx) => leaveService.apply(ctx, input),
    cancelLeaveApplication: (_, { input }, ctx) => leaveService.cancel(ctx, input.id),
    approveLeave: (_, { input: { id, note } }, ctx) => leaveService.approve(ctx, id, note),
    rejectLeave: (_, { input: { id, note } }, ctx) => leaveService.reject(ctx, id, note),
    removeLeaveApplication: (_, { input }, ctx) => leaveService.remove(ctx, input.id),
  },
  Student: {
    leaveApplications: async (s, args, ctx) => connectionOfList(ctx.cursors, 'studentLeave', args, await ctx.loaders.leaveOf.load(s.id)),
  },
  LeaveApplication: {
    student: async (l, _, ctx) => (await studentService.visibleById(ctx, l.studentId))!,
    appliedBy: (l) => (l.appliedBy ? { id: l.appliedBy } : null),
    decidedBy: (l) => (l.decidedBy ? { id: l.decidedBy } : null),
  },
};
