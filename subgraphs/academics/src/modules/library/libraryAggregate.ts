/**
 * libraryAggregate: the library's issues and returns over a period, grouped by month or class. An
 * issue counts in the month it was lent, a return in the month it came back.
 */
import {
  aggregatePeriod,
  classOrder,
  groupedAggregate,
  onlyOwnStudents,
  ownStudentFilter,
  today,
  idFilter,
  type AggregateAnswer,
  type AggregateGroup,
} from '@syncad/subgraph-kit';
import { sql, type SQL } from 'drizzle-orm';
import type { AcademicsContext } from '../../context';
import type { LibraryAggregateInput, LibraryGroupBy } from '../../generated/graphql';

export interface LibraryFigures {
  issued: number;
  returned: number;
  returnedLate: number;
  overdue: number;
  fines: string;
}

export type LibraryAggregateModel = AggregateAnswer<LibraryGroupBy, LibraryFigures>;
export type LibraryGroupModel = AggregateGroup<LibraryFigures>;

const KEYS: Record<LibraryGroupBy, SQL> = {
  MONTH: sql`to_char(ev.day, 'YYYY-MM')`,
  CLASS: sql`s."classId"`,
};

const ORDER = {
  CLASS: classOrder,
};

export async function libraryAggregate(ctx: AcademicsContext, input: LibraryAggregateInput): Promise<LibraryAggregateModel> {
  const { from, to } = aggregatePeriod(input, ctx.timezone);
  const own = await ownStudentFilter(ctx);
  const now = today(ctx.timezone);
  return groupedAggregate<LibraryGroupBy, LibraryFigures>(
    ctx.db,
    {
      keys: KEYS,
      order: ORDER,
      measures: sql`count(*) FILTER (WHERE ev.kind = 'ISSUE')::int AS issued,
        count(*) FILTER (WHERE ev.kind = 'RETURN')::int AS returned,
        count(*) FILTER (WHERE ev.kind = 'RETURN' AND i."returnedOn" > i."dueDate")::int AS "returnedLate",
        count(*) FILTER (WHERE ev.kind = 'ISSUE' AND i."returnedOn" IS NULL AND i."dueDate" < ${now}::date)::int AS overdue,
        coalesce(sum(i."fineAmount") FILTER (WHERE ev.kind = 'RETURN'), 0)::numeric(14, 2)::text AS fines`,
      // Each issue is an ISSUE event on the day it was lent and, once back, a RETURN on the day it came back.
      source: sql`FROM "LibraryBookIssue" i
        CROSS JOIN LATERAL (VALUES ('ISSUE', i."issuedOn"), ('RETURN', i."returnedOn")) AS ev(kind, day)
        JOIN "Student" s ON s.id = i."studentId"
        WHERE ev.day BETWEEN ${from}::date AND ${to}::date
          ${idFilter(sql`s."classId"`, input.classId, 'classId')}
          ${onlyOwnStudents(sql`i."studentId"`, own)}`,
    },
    input.groupBy,
  );
}
