/**
 * The SQL texts the floor's pg side runs, taken from the subgraphs themselves so they cannot drift:
 * each hot read is run once through the subgraph's own data function on a Drizzle client over the
 * bench's pool, which prepares it; its text and parameter order are then read back. Plain-SQL
 * statements (the roster, students by id, ranked results, balances) are the subgraphs' exported texts.
 */
import { schoolDbOver } from '@syncad/shared-db';
import { statementsPreparedOn } from '@syncad/subgraph-kit';
import { Placeholder } from 'drizzle-orm';
import type pg from 'pg';
import { RANKED_OF_EXAMS, examData } from '../subgraphs/academics/src/modules/exam/examData';
import { ROSTER_OF_CLASS, STUDENTS_BY_IDS } from '../subgraphs/academics/src/modules/student/studentData';
import { BALANCES } from '../subgraphs/finance/src/modules/fee/ledgerData';
import { fleetData } from '../subgraphs/transport/src/modules/transport/fleetData';
import { markData } from '../subgraphs/transport/src/modules/transport/markData';
import { tripData } from '../subgraphs/transport/src/modules/transport/tripData';

/** A statement as pg runs it: its name, its text, and its parameters' values from named ones. */
export interface Statement {
  name: string;
  text: string;
  values(named: Record<string, unknown>): unknown[];
}

const NONE = '00000000-0000-0000-0000-000000000000';

/** Prepares every hot read once through the subgraphs' data functions, then returns their texts. */
export async function floorStatements(pool: pg.Pool) {
  const db = schoolDbOver(pool);
  await Promise.all([
    examData.byIds(db, [NONE]),
    tripData.tripsByIds(db, [NONE]),
    tripData.tripStopsWithStops(db, [NONE]),
    fleetData.routesByIds(db, [NONE]),
    fleetData.busesByIds(db, [NONE]),
    fleetData.ridersOfRoutes(db, [NONE]),
    markData.marksOfTrips(db, [NONE]),
  ]);
  const prepared = statementsPreparedOn(db);
  const drizzle = (name: string): Statement => {
    const statement = prepared.get(name) as { getQuery(): { sql: string; params: unknown[] } } | undefined;
    if (!statement) throw new Error(`no statement ${name} was prepared`);
    const { sql, params } = statement.getQuery();
    return {
      name,
      text: sql,
      values: (named) => params.map((p) => (p instanceof Placeholder ? named[p.name] : p)),
    };
  };
  const plain = (name: string, text: string, order: string[]): Statement => ({ name, text, values: (named) => order.map((n) => named[n]) });
  return {
    roster: plain('academics_roster_of_class', ROSTER_OF_CLASS, ['classId', 'divisionId', 'userId', 'date']),
    studentsByIds: plain('academics_students_by_ids', STUDENTS_BY_IDS, ['ids']),
    examsByIds: drizzle('academics_exams_by_ids'),
    rankedOfExams: plain('academics_ranked_of_exams', RANKED_OF_EXAMS, ['ids']),
    balances: plain('finance_balances', BALANCES, ['schoolId', 'ids', 'own']),
    tripsByIds: drizzle('transport_trips_by_ids'),
    tripStops: drizzle('transport_trip_stops_with_stops'),
    routesByIds: drizzle('transport_routes_by_ids'),
    busesByIds: drizzle('transport_buses_by_ids'),
    ridersOfRoutes: drizzle('transport_riders_of_routes'),
    marksOfTrips: drizzle('transport_marks_of_trips'),
  };
}
