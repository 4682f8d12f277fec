/** attendanceAggregate: marks per status over a period, grouped by class, division, student, day, week or month. */
import {
  aggregatePeriod,
  recordOrder,
  classOrder,
  groupedAggregate,
  onlyOwnStudents,
  ownStudentFilter,
  idFilter,
  type AggregateAnswer,
  type AggregateGroup,
} from '@syncad/subgraph-kit';
import { sql, type SQL } from 'drizzle-orm';
import type { AcademicsContext } from '../../context';
import type { AttendanceAggregateInput, AttendanceGroupBy } from '../../generated/graphql';

export interface AttendanceCounts {
  marked: number;
  present: number;
  absent: number;
  late: number;
  leave: number;
}

export type AttendanceAggregateModel = AggregateAnswer<AttendanceGroupBy, AttendanceCounts>;
export type AttendanceGroupModel = AggregateGroup<AttendanceCounts>;

const KEYS: Record<AttendanceGroupBy, SQL> = {
  CLASS: sql`s."classId"`,
  DIVISION: sql`s."divisionId"`,
  STUDENT: sql`a."studentId"`,
  DAY: sql`a.date`,
  // ISO weeks start on Monday: the week's key is its Monday.
  WEEK: sql`date_trunc('week', a.date)::date`,
  MONTH: sql`to_char(a.date, 'YYYY-MM')`,
};

const ORDER = {
  CLASS: classOrder,
  DIVISION: (key: SQL) => recordOrder('Division', ['name'], key),
  STUDENT: (key: SQL) => recordOrder('Student', ['firstName', 'lastName', 'admissionNo'], key),
};

export async function attendanceAggregate(ctx: AcademicsContext, input: AttendanceAggregateInput): Promise<AttendanceAggregateModel> {
  const { from, to } = aggregatePeriod(input, ctx.timezone);
  const own = await ownStudentFilter(ctx);
  return groupedAggregate<AttendanceGroupBy, AttendanceCounts>(
    ctx.db,
    {
      keys: KEYS,
      order: ORDER,
      measures: sql`count(*)::int AS marked,
        count(*) FILTER (WHERE a.status = 'PRESENT')::int AS present,
        count(*) FILTER (WHERE a.status = 'ABSENT')::int AS absent,
        count(*) FILTER (WHERE a.status = 'LATE')::int AS late,
        count(*) FILTER (WHERE a.status = 'LEAVE')::int AS leave`,
      source: sql`FROM "Attendance" a JOIN "Student" s ON s.id = a."studentId"
        WHERE a.date BETWEEN ${from}::date AND ${to}::date
          ${idFilter(sql`s."classId"`, input.classId, 'classId')} ${idFilter(sql`s."divisionId"`, input.divisionId, 'divisionId')}
          ${onlyOwnStudents(sql`a."studentId"`, own)}`,
    },
    input.groupBy,
  );
}
