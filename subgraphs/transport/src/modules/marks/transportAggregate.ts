/** transportAggregate: the marks of trips over a period (boarded, dropped, absent), grouped by route, stop, day or direction. */
import {
  aggregatePeriod,
  recordOrder,
  groupedAggregate,
  onlyOwnStudents,
  ownStudentFilter,
  idFilter,
  type AggregateAnswer,
  type AggregateGroup,
} from '@syncad/subgraph-kit';
import { sql, type SQL } from 'drizzle-orm';
import type { TransportContext } from '../../context';
import type { TransportAggregateInput, TransportGroupBy } from '../../generated/graphql';

export interface TransportFigures {
  trips: number;
  students: number;
  boarded: number;
  dropped: number;
  absent: number;
}

export type TransportAggregateModel = AggregateAnswer<TransportGroupBy, TransportFigures>;
export type TransportGroupModel = AggregateGroup<TransportFigures>;

const KEYS: Record<TransportGroupBy, SQL> = {
  ROUTE: sql`t."routeId"`,
  STOP: sql`m."stopId"`,
  DAY: sql`t.date`,
  DIRECTION: sql`t.direction`,
};

const ORDER = {
  ROUTE: (key: SQL) => recordOrder('BusRoute', ['name'], key),
  STOP: (key: SQL) => recordOrder('BusStop', ['name'], key),
};

export async function transportAggregate(ctx: TransportContext, input: TransportAggregateInput): Promise<TransportAggregateModel> {
  const { from, to } = aggregatePeriod(input, ctx.timezone);
  const own = await ownStudentFilter(ctx);
  return groupedAggregate<TransportGroupBy, TransportFigures>(
    ctx.db,
    {
      keys: KEYS,
      order: ORDER,
      measures: sql`count(DISTINCT m."tripId")::int AS trips, count(DISTINCT m."studentId")::int AS students,
        count(*) FILTER (WHERE m.status = 'BOARDED')::int AS boarded,
        count(*) FILTER (WHERE m.status = 'DROPPED')::int AS dropped,
        count(*) FILTER (WHERE m.status = 'ABSENT')::int AS absent`,
      source: sql`FROM "TripStudentMark" m JOIN "Trip" t ON t.id = m."tripId"
        WHERE t.date BETWEEN ${from}::date AND ${to}::date
          ${idFilter(sql`t."routeId"`, input.routeId, 'routeId')}
          ${onlyOwnStudents(sql`m."studentId"`, own)}`,
    },
    input.groupBy,
  );
}
