/** resultAggregate: results counted and averaged (marks and percentage), passes and grades, grouped by exam, subject, class or division. */
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
import { AppError } from '@syncad/platform';
import { sql, type SQL } from 'drizzle-orm';
import type { AcademicsContext } from '../../context';
import type { ResultAggregateInput, ResultGroupBy } from '../../generated/graphql';

/** The pass mark when the input gives none: 33%, the common board pass mark. */
const DEFAULT_PASS_PERCENT = '33';

export interface ResultFigures {
  results: number;
  absent: number;
  passed: number;
  averageMarks: string | null;
  minMarks: string | null;
  maxMarks: string | null;
  averagePercent: string | null;
  minPercent: string | null;
  maxPercent: string | null;
  gradeDistribution: { grade: string; count: number }[];
}

export type ResultAggregateModel = AggregateAnswer<ResultGroupBy, ResultFigures>;
export type ResultGroupModel = AggregateGroup<ResultFigures>;

const KEYS: Record<ResultGroupBy, SQL> = {
  EXAM: sql`r."examId"`,
  SUBJECT: sql`e."subjectId"`,
  CLASS: sql`e."classId"`,
  DIVISION: sql`s."divisionId"`,
};

const ORDER = {
  EXAM: (key: SQL) => recordOrder('Exam', ['examDate', 'name'], key),
  SUBJECT: (key: SQL) => recordOrder('Subject', ['name'], key),
  CLASS: classOrder,
  DIVISION: (key: SQL) => recordOrder('Division', ['name'], key),
};

export async function resultAggregate(ctx: AcademicsContext, input: ResultAggregateInput): Promise<ResultAggregateModel> {
  // No period: every exam (results are few beside attendance marks, and grouped by exam at most).
  const period = input.from == null && input.to == null ? null : aggregatePeriod(input, ctx.timezone);
  const passPercent = input.passPercent ?? DEFAULT_PASS_PERCENT;
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(passPercent) || Number(passPercent) > 100) {
    throw AppError.badInput('passPercent is a percentage from 0 to 100 with at most two decimals', 'passPercent');
  }
  const own = await ownStudentFilter(ctx);
  return groupedAggregate<ResultGroupBy, ResultFigures>(
    ctx.db,
    {
      keys: KEYS,
      order: ORDER,
      measures: sql`count(*)::int AS results,
        count(*) FILTER (WHERE r."isAbsent")::int AS absent,
        count(*) FILTER (WHERE p.pct >= ${passPercent}::numeric)::int AS passed,
        round(avg(r.marks), 2)::text AS "averageMarks", min(r.marks)::text AS "minMarks", max(r.marks)::text AS "maxMarks",
        round(avg(p.pct), 2)::text AS "averagePercent", min(p.pct)::text AS "minPercent", max(p.pct)::text AS "maxPercent",
        -- The grades' counts from the group's own grades (an aggregate of this level), highest band first.
        (SELECT coalesce(jsonb_agg(jsonb_build_object('grade', d.grade, 'count', d.n) ORDER BY d."minPercent" DESC), '[]'::jsonb)
          FROM (SELECT b.grade, b."minPercent", count(*)::int AS n
                FROM unnest(array_agg(gb.grade)) AS u(grade) JOIN "GradeBand" b ON b.grade = u.grade
                GROUP BY b.grade, b."minPercent") d) AS "gradeDistribution"`,
      source: sql`FROM "Result" r
        JOIN "Exam" e ON e.id = r."examId"
        JOIN "Student" s ON s.id = r."studentId"
        CROSS JOIN LATERAL (SELECT round(r.marks * 100 / e."maxMarks", 2) AS pct) p
        LEFT JOIN LATERAL (
          SELECT g.grade FROM "GradeBand" g WHERE g."minPercent" <= p.pct ORDER BY g."minPercent" DESC LIMIT 1
        ) gb ON true
        WHERE true
          ${period ? sql`AND e."examDate" BETWEEN ${period.from}::date AND ${period.to}::date` : sql``}
          ${idFilter(sql`r."examId"`, input.examId, 'examId')} ${idFilter(sql`e."subjectId"`, input.subjectId, 'subjectId')}
          ${idFilter(sql`e."classId"`, input.classId, 'classId')} ${idFilter(sql`s."divisionId"`, input.divisionId, 'divisionId')}
          ${idFilter(sql`e."academicYearId"`, input.academicYearId, 'academicYearId')}
          ${onlyOwnStudents(sql`r."studentId"`, own)}`,
    },
    input.groupBy,
  );
}
