/** Attendance: bulk marking of a class, registers and summaries. */
import { assertNotFuture, checkRange, parseId, parseOptionalText, period, ownStudentFilter } from '@syncad/subgraph-kit';
import { AppError } from '@syncad/platform';
import type { AcademicsContext } from '../../context';
import { attendanceData } from './attendanceData';
import type { AttendanceSummaryRow, ClassAttendanceSummaryModel, ClassRegisterModel } from './rows';
import { studentData } from '../student';
import type {
  MarkAttendanceInput,
  QueryClassAttendanceSummaryArgs,
  QueryClassRegisterArgs,
  RemoveAttendanceMarkInput,
} from '../../generated/graphql';
import { referenceService } from '../reference';

/** The most students one markAttendance call takes. */
export const MAX_MARKS_PER_CALL = 5000;

function listIds(ids: string[]): string {
  return ids.slice(0, 5).join(', ') + (ids.length > 5 ? ` and ${ids.length - 5} more` : '');
}

export const attendanceService = {
  /**
   * Marks many students for one day: all validated first, then one INSERT ... ON CONFLICT in
   * one transaction. Any bad entry refuses the whole call and writes nothing.
   */
  async mark(ctx: AcademicsContext, input: MarkAttendanceInput) {
    const cls = await referenceService.requireClass(ctx, input.classId);
    const division = await referenceService.requireDivision(ctx, input.divisionId, cls.id);
    assertNotFuture(input.date, 'date', ctx.timezone);
    if (input.entries.length === 0) throw AppError.badInput('entries must not be empty', 'entries');
    if (input.entries.length > MAX_MARKS_PER_CALL) {
      throw AppError.badInput(`at most ${MAX_MARKS_PER_CALL} entries per call`, 'entries');
    }
    const rows = input.entries.map((e, i) => ({
      schoolId: ctx.schoolId,
      studentId: parseId(e.studentId, `entries[${i}].studentId`),
      date: input.date,
      status: e.status,
      remarks: parseOptionalText(e.remarks, `entries[${i}].remarks`, 500) ?? null,
      markedBy: ctx.caller.userId,
    }));
    const ids = rows.map((r) => r.studentId);
    if (new Set(ids).size !== ids.length) throw AppError.badInput('a student appears twice in entries', 'entries');
    const records = await ctx.db.transaction(async (tx) => {
      const placed = await studentData.placedOn(tx, { classId: cls.id, divisionId: division?.id, date: input.date }, ids);
      const outside = ids.filter((id) => !placed.has(id));
      if (outside.length > 0) {
        throw AppError.badInput(
          `${outside.length} student(s) are not in class "${cls.name}"${division ? ` division ${division.name}` : ''} on ${input.date}: ${listIds(outside)}`,
          'entries',
        );
      }
      return attendanceData.upsertMany(tx, rows);
    });
    const loader = ctx.loaders.attendanceOn(input.date);
    for (const r of records) loader.prime(r.studentId, r);
    return { date: input.date, marked: records.length, records };
  },

  async removeMark(ctx: AcademicsContext, input: RemoveAttendanceMarkInput): Promise<string> {
    const studentId = parseId(input.studentId, 'studentId');
    const removed = await ctx.db.transaction((tx) => attendanceData.remove(tx, studentId, input.date));
    if (!removed) throw AppError.notFound(`an attendance mark of student ${input.studentId} on ${input.date}`);
    ctx.loaders.attendanceOn(input.date).clear(studentId);
    return removed;
  },

  async register(ctx: AcademicsContext, args: QueryClassRegisterArgs): Promise<ClassRegisterModel> {
    const cls = await referenceService.requireClass(ctx, args.classId);
    const division = await referenceService.requireDivision(ctx, args.divisionId, cls.id);
    const { from, to } = checkRange(args.from, args.to);
    const students = await studentData.placedDuring(ctx.db, {
      classId: cls.id,
      divisionId: division?.id,
      from,
      to,
      studentIds: await ownStudentFilter(ctx),
    });
    const loader = ctx.loaders.attendanceBetween(from, to);
    const records = await loader.loadMany(students.map((s) => s.id));
    return {
      classId: cls.id,
      divisionId: division?.id ?? null,
      from,
      to,
      rows: students.map((student, i) => {
        const r = records[i];
        if (r instanceof Error) throw r;
        return { student, records: r };
      }),
    };
  },

  async classSummary(ctx: AcademicsContext, args: QueryClassAttendanceSummaryArgs): Promise<ClassAttendanceSummaryModel> {
    const cls = await referenceService.requireClass(ctx, args.classId);
    const division = await referenceService.requireDivision(ctx, args.divisionId, cls.id);
    const { from, to } = period(args);
    const rows = await attendanceData.classSummary(ctx.db, {
      classId: cls.id,
      divisionId: division?.id,
      from,
      to,
      studentIds: await ownStudentFilter(ctx),
    });
    const withPeriod = rows.map((r): AttendanceSummaryRow => ({ ...r, from, to }));
    const empty = { studentId: null, from, to, present: 0, absent: 0, late: 0, leave: 0, markedDays: 0, percentage: null };
    return {
      classId: cls.id,
      divisionId: division?.id ?? null,
      from,
      to,
      // GROUPING SETS yields the total row even for no students (all counts zero).
      totals: withPeriod.find((r) => r.studentId === null) ?? empty,
      students: withPeriod.filter((r) => r.studentId !== null),
    };
  },

  studentSummary(ctx: AcademicsContext, studentId: string, args: { month?: string | null; from?: string | null; to?: string | null }) {
    const { from, to } = period(args);
    return ctx.loaders.summaryBetween(from, to).load(studentId);
  },

  history(ctx: AcademicsContext, studentId: string, from: string, to: string) {
    checkRange(from, to);
    return ctx.loaders.attendanceBetween(from, to).load(studentId);
  },
};
