/** Leave applications: a student applies for themself or staff for a student; staff decide. */
import { AppError } from '@syncad/subgraph-kit';
import type { AcademicsContext } from '../context';
import { attendanceData } from '../data/attendanceData';
import { leaveData } from '../data/leaveData';
import type { LeaveApplicationRow } from '../data/rows';
import type { ApplyForLeaveInput, QueryLeaveApplicationsArgs } from '../generated/graphql';
import { checkRange } from './dates';
import { parseId } from './parseId';
import { parseOptionalText, parseText } from './parseText';
import { scope } from './scope';
import { studentService } from './studentService';

export const leaveService = {
  async apply(ctx: AcademicsContext, input: ApplyForLeaveInput): Promise<LeaveApplicationRow> {
    let studentId: string;
    if (ctx.caller.selfScoped) {
      const own = await ctx.ownStudent();
      if (!own) throw AppError.notFound('a student record for this account');
      // Naming another student looks exactly like naming an unknown one.
      if (input.studentId != null && parseId(input.studentId, 'studentId') !== own.id) {
        throw AppError.notFound(`student ${input.studentId}`);
      }
      studentId = own.id;
    } else {
      if (input.studentId == null) throw AppError.badInput('studentId is required when staff apply', 'studentId');
      studentId = (await studentService.require(ctx, input.studentId)).id;
    }
    checkRange(input.fromDate, input.toDate);
    return leaveData.insert(ctx.db, {
      schoolId: ctx.schoolId,
      studentId,
      fromDate: input.fromDate,
      toDate: input.toDate,
      reason: parseText(input.reason, 'reason', 2000),
      appliedBy: ctx.caller.userId,
    });
  },

  /** Approves and marks every covered day LEAVE in attendance, in one transaction. */
  approve(ctx: AcademicsContext, id: string, note?: string | null): Promise<LeaveApplicationRow> {
    return leaveService.decide(ctx, id, 'APPROVED', note);
  },

  reject(ctx: AcademicsContext, id: string, note?: string | null): Promise<LeaveApplicationRow> {
    return leaveService.decide(ctx, id, 'REJECTED', note);
  },

  async decide(
    ctx: AcademicsContext,
    id: string,
    status: 'APPROVED' | 'REJECTED',
    note?: string | null,
  ): Promise<LeaveApplicationRow> {
    scope.assertStaff(ctx, 'decide leave applications');
    const leaveId = parseId(id, 'id');
    const decisionNote = parseOptionalText(note, 'note', 2000) ?? null;
    return ctx.db.transaction(async (tx) => {
      const decided = await leaveData.decide(tx, leaveId, { status, decidedBy: ctx.caller.userId, note: decisionNote });
      if (!decided) {
        const existing = await leaveData.byId(tx, leaveId);
        if (!existing) throw AppError.notFound(`leave application ${id}`);
        throw AppError.conflict(`leave application ${id} is already ${existing.status}`);
      }
      if (status === 'APPROVED') {
        await attendanceData.markLeave(tx, {
          schoolId: ctx.schoolId,
          studentId: decided.studentId,
          from: decided.fromDate,
          to: decided.toDate,
          markedBy: ctx.caller.userId,
          remarks: `approved leave ${decided.id}`,
        });
      }
      return decided;
    });
  },

  async list(ctx: AcademicsContext, args: QueryLeaveApplicationsArgs): Promise<LeaveApplicationRow[]> {
    return leaveData.list(ctx.db, {
      status: args.status ?? undefined,
      studentId: args.studentId == null ? undefined : parseId(args.studentId, 'studentId'),
      userId: scope.ownUserId(ctx),
    });
  },
};
