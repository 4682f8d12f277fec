/**
 * The SQL texts the floor's pg side runs, taken from the subgraphs themselves so they cannot drift:
 * each subgraph's public hot-reads entry runs its reads once on a Drizzle client over the bench's
 * pool, and the kit's statementTexts reads back each statement's text and parameters.
 */
import { runHotReads as academicsHotReads } from '@syncad/academics/hotReads';
import { runHotReads as financeHotReads } from '@syncad/finance/hotReads';
import { schoolDbOver } from '@syncad/shared-db';
import { statementTexts } from '@syncad/subgraph-kit';
import { runHotReads as transportHotReads } from '@syncad/transport/hotReads';
import { Placeholder } from 'drizzle-orm';
import type pg from 'pg';

/** A statement's parameter: a named value, or one fixed in the text's parameters. */
type Parameter = { named: string } | { value: unknown };

/** A statement as pg runs it: its name, its text, and its parameters (JSON, for bench/bareChain.cjs). */
export interface Statement {
  name: string;
  text: string;
  parameters: Parameter[];
}

/** A statement's parameters' values, from named ones. */
export function valuesOf(statement: Statement, named: Record<string, unknown>): unknown[] {
  return statement.parameters.map((p) => ('named' in p ? named[p.named] : p.value));
}

/** Runs every subgraph's hot reads once, then returns their texts. */
export async function floorStatements(pool: pg.Pool) {
  const db = schoolDbOver(pool);
  await Promise.all([academicsHotReads(db), financeHotReads(db), transportHotReads(db)]);
  const texts = statementTexts(db);
  const statement = (name: string): { text: string; params: unknown[] | null } => {
    const found = texts.get(name);
    if (!found) throw new Error(`no statement ${name} was run by the hot reads`);
    return found;
  };
  const drizzle = (name: string): Statement => {
    const { text, params } = statement(name);
    return { name, text, parameters: (params ?? []).map((p) => (p instanceof Placeholder ? { named: p.name } : { value: p })) };
  };
  /** A plain statement's values are positional: `order` names them. */
  const plain = (name: string, order: string[]): Statement => ({
    name,
    text: statement(name).text,
    parameters: order.map((n) => ({ named: n })),
  });
  return {
    roster: plain('academics_roster_of_class', ['classId', 'divisionId', 'userId', 'date']),
    studentsByIds: plain('academics_students_by_ids', ['ids']),
    examsByIds: drizzle('academics_exams_by_ids'),
    rankedOfExams: plain('academics_ranked_of_exams', ['ids']),
    balances: plain('finance_balances', ['schoolId', 'ids', 'own']),
    tripsByIds: drizzle('transport_trips_by_ids'),
    tripStops: drizzle('transport_trip_stops_with_stops'),
    routesByIds: drizzle('transport_routes_by_ids'),
    busesByIds: drizzle('transport_buses_by_ids'),
    ridersOfRoutes: drizzle('transport_riders_of_routes'),
    marksOfTrips: drizzle('transport_marks_of_trips'),
  };
}
