/** SQL for boarding and drop marks: the checks and the bulk insert of markStopStudents, marks by trip or by day, a student's history. */
import { school, type SchoolDb } from '@syncad/shared-db';
import type { KeysetSlice, SortKey } from '@syncad/subgraph-kit';
import { and, asc, eq, getTableColumns, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { anyOf } from '../../shared/sql';
import { preparedOn } from '../../shared/preparedOn';
import type { Db, TripMarkRow, TripRow, TripStopRow } from '../../shared/rows';

const { Trip, TripStop, TripStudentMark } = school;

const MARK_COLUMNS = Object.entries(getTableColumns(TripStudentMark));

/** A raw RETURNING * row as Drizzle's select would give it (driver values mapped per column). */
function markFromDriver(raw: Record<string, unknown>): TripMarkRow {
  return Object.fromEntries(
    MARK_COLUMNS.map(([key, col]) => [key, raw[col.name] == null ? null : col.mapFromDriverValue(raw[col.name])]),
  ) as TripMarkRow;
}

/** Where each student of a markStopStudents call stands on the trip. */
export type MarkState = {
  studentId: string;
  /** The trip's route when the student rides it (a regular or a one-off rider), else null. */
  routeId: string | null;
  /** Their boarding mark's status (BOARDED or ABSENT), or null. */
  boardingStatus: string | null;
  /** The visiting position on this trip of the stop where they boarded, or null. */
  boardingSequence: number | null;
  /** Whether they have a drop mark already. */
  dropped: boolean;
};

export interface NewMark {
  studentId: string;
  status: string;
}

/** Newest first: by day, the afternoon (DROP) before the morning (PICKUP), then by id. */
export const HISTORY_ORDER: SortKey[] = [{ by: Trip.date, descending: true }, { by: Trip.direction }, { by: Trip.id }];

export interface HistoryFilter {
  studentId: string;
  from?: string;
  to?: string;
}

function historyConditions(f: HistoryFilter): SQL[] {
  const c: SQL[] = [
    sql`${Trip.id} IN (SELECT ${TripStudentMark.tripId} FROM ${TripStudentMark} WHERE ${TripStudentMark.studentId} = ${f.studentId})`,
  ];
  if (f.from) c.push(sql`${Trip.date} >= ${f.from}`);
  if (f.to) c.push(sql`${Trip.date} <= ${f.to}`);
  return c;
}

export const markData = {
  /** The marks of trips; `studentIds` keeps only those students'. */
  marksOfTrips(db: SchoolDb, tripIds: readonly string[], studentIds?: readonly string[]): Promise<TripMarkRow[]> {
    const ofTrips = sql`${TripStudentMark.tripId} = ANY(${sql.placeholder('tripIds')}::uuid[])`;
    const order = [asc(TripStudentMark.markedAt), asc(TripStudentMark.id)];
    if (studentIds) {
      return preparedOn(db, 'own_marks_of_trips', (name) =>
        db
          .select()
          .from(TripStudentMark)
          .where(and(ofTrips, sql`${TripStudentMark.studentId} = ANY(${sql.placeholder('studentIds')}::uuid[])`))
          .orderBy(...order)
          .prepare(name),
      ).execute({ tripIds: [...tripIds], studentIds: [...studentIds] });
    }
    return preparedOn(db, 'marks_of_trips', (name) =>
      db
        .select()
        .from(TripStudentMark)
        .where(ofTrips)
        .orderBy(...order)
        .prepare(name),
    ).execute({ tripIds: [...tripIds] });
  },
  /** The students' marks on trips of one day. */
  async marksOfStudentsOn(db: Db, studentIds: readonly string[], date: string): Promise<TripMarkRow[]> {
    const rows = await db
      .select({ mark: TripStudentMark })
      .from(TripStudentMark)
      .innerJoin(Trip, eq(Trip.id, TripStudentMark.tripId))
      .where(and(anyOf(TripStudentMark.studentId, studentIds), eq(Trip.date, date)));
    return rows.map((r) => r.mark);
  },

  /** The trip (locked against completion or cancellation while marks go in) and the stop on it, if it is. */
  async tripForMarking(db: Db, tripId: string, stopId: string): Promise<{ trip: TripRow; tripStop: TripStopRow | null } | null> {
    const [row] = await db
      .select({ trip: Trip, tripStop: TripStop })
      .from(Trip)
      .leftJoin(TripStop, and(eq(TripStop.tripId, Trip.id), eq(TripStop.stopId, stopId)))
      .where(eq(Trip.id, tripId))
      .for('share', { of: Trip });
    return row ?? null;
  },
  /** For each student: the trip's route when they ride it (else null), their boarding on the trip (and where) and whether they were dropped; one statement. */
  async markStates(db: Db, tripId: string, studentIds: readonly string[]): Promise<MarkState[]> {
    const result = await db.execute<MarkState>(sql`
      SELECT x.id AS "studentId", st."routeId" AS "routeId", b.status AS "boardingStatus", bs.sequence AS "boardingSequence",
             d.id IS NOT NULL AS dropped
      FROM unnest(${sql.param([...studentIds])}::uuid[]) AS x(id)
      LEFT JOIN "RouteRider" st ON st."studentId" = x.id AND st."routeId" = (SELECT t."routeId" FROM "Trip" t WHERE t.id = ${tripId})
      LEFT JOIN "TripStudentMark" b ON b."tripId" = ${tripId} AND b."studentId" = x.id AND b.kind = 'BOARDING'
      LEFT JOIN "TripStop" bs ON bs."tripId" = ${tripId} AND bs."stopId" = b."stopId"
      LEFT JOIN "TripStudentMark" d ON d."tripId" = ${tripId} AND d."studentId" = x.id AND d.kind = 'DROP'`);
    return result.rows;
  },
  /** Stores the marks of one stop in one INSERT ... SELECT FROM unnest(...), each column one array parameter. */
  async insertMarks(
    db: Db,
    p: { schoolId: string; tripId: string; stopId: string; markedBy: string; marks: NewMark[] },
  ): Promise<TripMarkRow[]> {
    const result = await db.execute<Record<string, unknown>>(sql`
      INSERT INTO ${TripStudentMark} ("schoolId", "tripId", "studentId", "stopId", status, "markedBy")
      SELECT ${p.schoolId}, ${p.tripId}, x.student, ${p.stopId}, x.status, ${p.markedBy}
      FROM unnest(${sql.param(p.marks.map((m) => m.studentId))}::uuid[], ${sql.param(p.marks.map((m) => m.status))}::text[]) AS x(student, status)
      RETURNING *`);
    return result.rows.map(markFromDriver);
  },

  /** A mark, its trip locked against marking and corrections meanwhile, and whether the student was dropped on it. */
  async markForCorrection(db: Db, markId: string): Promise<{ mark: TripMarkRow; dropped: boolean } | null> {
    const ofMark = sql`(SELECT ${TripStudentMark.tripId} FROM ${TripStudentMark} WHERE ${TripStudentMark.id} = ${markId})`;
    const [trip] = await db
      .select({ id: Trip.id })
      .from(Trip)
      .where(sql`${Trip.id} = ${ofMark}`)
      .for('update');
    if (!trip) return null;
    const drop = alias(TripStudentMark, 'drop');
    const [row] = await db
      .select({ mark: TripStudentMark, dropId: drop.id })
      .from(TripStudentMark)
      .leftJoin(drop, and(eq(drop.tripId, TripStudentMark.tripId), eq(drop.studentId, TripStudentMark.studentId), eq(drop.kind, 'DROP')))
      .where(eq(TripStudentMark.id, markId));
    return row ? { mark: row.mark, dropped: row.dropId !== null } : null;
  },

  async stopIsOnTrip(db: Db, tripId: string, stopId: string): Promise<boolean> {
    const [row] = await db
      .select({ id: TripStop.id })
      .from(TripStop)
      .where(and(eq(TripStop.tripId, tripId), eq(TripStop.stopId, stopId)));
    return row !== undefined;
  },

  async correct(db: Db, markId: string, changes: { status: string; stopId: string | null; markedBy: string }): Promise<TripMarkRow> {
    const [row] = await db.update(TripStudentMark).set(changes).where(eq(TripStudentMark.id, markId)).returning();
    return row;
  },

  /** One keyset page of the trips the student was marked on. */
  history(db: Db, f: HistoryFilter, slice: KeysetSlice): Promise<TripRow[]> {
    return db
      .select()
      .from(Trip)
      .where(and(...historyConditions(f), slice.after))
      .orderBy(...slice.order)
      .limit(slice.limit);
  },
  async countHistory(db: Db, f: HistoryFilter): Promise<number> {
    const [row] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(Trip)
      .where(and(...historyConditions(f)));
    return row.n;
  },
};
