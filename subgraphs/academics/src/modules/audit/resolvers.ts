/** The school's whole audit trail, and the history of the audited records academics keeps. */
import { schoolRecordHistory } from '@syncad/subgraph-kit';
import type { Resolvers } from '../../generated/graphql';
import { auditTrailService } from './auditTrailService';

export const resolvers: Resolvers = {
  Query: {
    auditTrail: (_, args, ctx) => auditTrailService.page(ctx, args),
  },
  AttendanceRecord: { history: (r, _, ctx) => schoolRecordHistory(ctx, 'AttendanceRecord', r.id) },
  Exam: { history: (r, _, ctx) => schoolRecordHistory(ctx, 'Exam', r.id) },
  ExamResult: { history: (r, _, ctx) => schoolRecordHistory(ctx, 'ExamResult', r.id) },
};
