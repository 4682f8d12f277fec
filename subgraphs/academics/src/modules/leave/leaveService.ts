/** Leave applications: a student applies for themself, a guardian for a child, staff for any student; staff decide. */
import {
  addDays,
  daysBetween,
  keysetConnection,
  parseId,
  parseOptionalText,
  parseText,
  ownStudentFilter,
  today,
  type Connection,
} from '@syncad/subgraph-kit';
import { AppError } from '@syncad/platform';
import type { AcademicsContext } from '../../context';
import { LEAVE_ORDER, leaveData } from './leaveData';
import type { LeaveApplicationRow } from './rows';
import type { ApplyForLeaveInput, QueryLeaveApplicationsArgs } from '../../generated/graphql';
import { studentService } from '../student';

/** The longest leave, and how far before / after the school's today it may start. */
const MAX_LEAVE_DAYS = 60;
const MAX_DAYS_BACK = 60;
const MAX_DAYS_AHEAD = 365;

/** Refuses a reversed, overlong or implausibly dated leave, naming the argument at fault. */
function checkLeaveDates(fromDate: string, toDate: string, timeZone: string): void {
  if (fromDate > toDate) throw AppError.badInput(`fromDate (${fromDate}) is after toDate (${toDate})`, 'fromDate');
  if (daysBetween(fromDate, toDate) > MAX_LEAVE_DAYS) {
    throw AppError.badInput(`a leave covers at most ${MAX_LEAVE_DAYS} days`, 'toDate');
  }
  const now = today(timeZone);
  if (fromDate < addDays(now, -MAX_DAYS_BACK)) {
    throw AppError.badInput(`fromDate may be at most ${MAX_DAYS_BACK} days before today (${now})`, 'fromDate');
  }
  if (fromDate > addDays(now, MAX_DAYS_AHEAD)) {
    throw AppError.badInput(`fromDate may be at most ${MAX_DAYS_AHEAD} days after today (${now})`, 'fromDate');
  }
}

export const leaveService = {
  /**
   * Files a PENDING application; CONFLICT when it shares a day with the student's PENDING or
   * APPROVED one. The check and the insert run in one transaction holding the student's row
   * lock, so of two concurrent overlapping applications only the first is accepted.
   */
  async apply(ctx: AcademicsContext, input: ApplyForLeaveInput): Promise<LeaveApplicationRow> {
    let studentId: string;
    if (ctx.caller.selfScoped) {
      const own = (await ctx.ownStudents()).all;
      if (own.length === 0) throw AppError.notFound('a student record for this account');
      if (input.studentId != null) {
        studentId = parseId(input.studentId, 'studentId');
        // Naming another student looks exactly like naming an unknown one.
        if (!own.includes(studentId)) throw AppError.notFound(`student ${input.studentId}`);
      } else if (own.length === 1) studentId = own[0];
      else throw AppError.badInput('studentId is required: this account is the guardian of several students', 'studentId');
    } else {
      if (input.studentId == null) throw AppError.badInput('studentId is required when staff apply', 'studentId');
      studentId = (await studentService.require(ctx, input.studentId)).id;
    }
    const { fromDate, toDate } = input;
    checkLeaveDates(fromDate, toDate, ctx.timezone);
    const reason = parseText(input.reason, 'reason', 2000);
    return ctx.db.transaction(async (tx) => {
      if (!(await leaveData.lockStudent(tx, studentId))) throw AppError.notFound(`student ${studentId}`);
      const clash = await leaveData.overlapping(tx, studentId, fromDate, toDate);
      if (clash) {
        throw AppError.conflict(
          `the student already has ${clash.status} leave from ${clash.fromDate} to ${clash.toDate}, overlapping ${fromDate} to ${toDate}`,
        );
      }
      return leaveData.insert(tx, { schoolId: ctx.schoolId, studentId, fromDate, toDate, reason, appliedBy: ctx.caller.userId });
    });
  },

  /**
   * Cancels an application the caller filed while it is still PENDING: it is deleted. Someone
   * else's application is NOT_FOUND to a student and FORBIDDEN to staff; a decided one is CONFLICT.
   */
  async cancel(ctx: AcademicsContext, id: string): Promise<string> {
    const leaveId = parseId(id, 'id');
    return ctx.db.transaction(async (tx) => {
      if (await leaveData.cancelPending(tx, leaveId, ctx.caller.userId)) return leaveId;
      const existing = await leaveData.byId(tx, leaveId);
      if (!existing || (ctx.caller.selfScoped && existing.appliedBy !== ctx.caller.userId))
        throw AppError.notFound(`leave application ${id}`);
      if (existing.appliedBy !== ctx.caller.userId) throw AppError.forbidden('only who applied can cancel an application');
      throw AppError.conflict(`leave application ${id} is already ${existing.status}`);
    });
  },

  async remove(ctx: AcademicsContext, id: string): Promise<string> {
    const leaveId = parseId(id, 'id');
    return ctx.db.transaction(async (tx) => {
      if (await leaveData.removeUnapproved(tx, leaveId)) return leaveId;
      const existing = await leaveData.byId(tx, leaveId);
      if (!existing) throw AppError.notFound(`leave application ${id}`);
      throw AppError.conflict(`leave application ${id} is APPROVED: its LEAVE marks stay; correct them in attendance`);
    });
  },

  /** Approves and marks the covered weekdays LEAVE in attendance, in one transaction. */
  approve(ctx: AcademicsContext, id: string, note?: string | null): Promise<LeaveApplicationRow> {
    return leaveService.decide(ctx, id, 'APPROVED', note);
  },

  reject(ctx: AcademicsContext, id: string, note?: string | null): Promise<LeaveApplicationRow> {
    return leaveService.decide(ctx, id, 'REJECTED', note);
  },

  async decide(ctx: AcademicsContext, id: string, status: 'APPROVED' | 'REJECTED', note?: string | null): Promise<LeaveApplicationRow> {
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
        await leaveData.markWeekdays(tx, {
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

  async list(ctx: AcademicsContext, args: QueryLeaveApplicationsArgs): Promise<Connection<LeaveApplicationRow>> {
    const filter = {
      status: args.status ?? undefined,
      studentId: args.studentId == null ? undefined : parseId(args.studentId, 'studentId'),
      classId: args.classId == null ? undefined : parseId(args.classId, 'classId'),
      studentIds: await ownStudentFilter(ctx),
    };
    return keysetConnection(
      ctx.cursors,
      'leaveApplications',
      args,
      LEAVE_ORDER,
      (slice) => leaveData.list(ctx.db, filter, slice),
      () => leaveData.count(ctx.db, filter),
      (row) => [row.createdAt.toISOString(), row.id],
    );
  },
};
