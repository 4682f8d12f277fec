/**
 * SQL for trips: the day's trips, their stops and counts, scheduling, and the trip's life (start, arrivals, end).
 * Plain SQL (data-access policy, docs/architecture.md) only where the builder cannot say it: a day's
 * trips and stops inserted from arrays (unnest), counts with FILTER, the day's advisory lock.
 */
import { school, type SchoolDb } from '@syncad/shared-db';
import type { KeysetSlice, SortKey } from '@syncad/subgraph-kit';
import { and, asc, eq, ne, sql, type SQL } from 'drizzle-orm';
import { anyOf } from '../../shared/sql';
import { preparedOn } from '../../shared/preparedOn';
import type { BusStopRow, Db, TripCountsRow, TripRow, TripStopRow } from '../../shared/rows';

const { Bus, BusStop, Trip, TripStop } = school;

export interface TripFilter {
  date: string;
  /** Only trips of these routes. */
  routeIds?: readonly string[];
  status?: string;
}

/** A trip to create: its route, bus, direction and the time of its first stop ("HH:MM", school-local). */
export interface NewTrip {
  routeId: string;
  busId: string;
  direction: string;
  firstStopTime: string | null;
}

/** A stop of a new trip, in visiting order. */
export interface NewTripStop {
  tripId: string;
  stopId: string;
  sequence: number;
  time: string | null;
}

/** Trips sort by scheduled time (whole minutes), those without one last, then by id. */
const SCHEDULED = sql`coalesce(${Trip.scheduledAt}, 'infinity'::timestamptz)`;
export const TRIP_ORDER: SortKey[] = [{ by: SCHEDULED }, { by: Trip.id }];

function conditions(f: TripFilter): SQL[] {
  const c: SQL[] = [eq(Trip.date, f.date)];
  if (f.routeIds) c.push(anyOf(Trip.routeId, f.routeIds));
  if (f.status) c.push(eq(Trip.status, f.status));
  return c;
}

export const tripData = {
  tripsByIds(db: SchoolDb, ids: readonly string[]): Promise<TripRow[]> {
    return preparedOn(db, 'trips_by_ids', (name) =>
      db
        .select()
        .from(Trip)
        .where(sql`${Trip.id} = ANY(${sql.placeholder('ids')}::uuid[])`)
        .prepare(name),
    ).execute({ ids: [...ids] });
  },
  /** One keyset page of a day's trips. */
  trips(db: Db, f: TripFilter, slice: KeysetSlice): Promise<TripRow[]> {
    return db
      .select()
      .from(Trip)
      .where(and(...conditions(f), slice.after))
      .orderBy(...slice.order)
      .limit(slice.limit);
  },
  async countTrips(db: Db, f: TripFilter): Promise<number> {
    const [row] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(Trip)
      .where(and(...conditions(f)));
    return row.n;
  },
  /** The trips of routes on a day, in scheduled order. */
  tripsOfRoutesOn(db: Db, routeIds: readonly string[], date: string): Promise<TripRow[]> {
    return db
      .select()
      .from(Trip)
      .where(and(anyOf(Trip.routeId, routeIds), eq(Trip.date, date)))
      .orderBy(SCHEDULED, asc(Trip.id));
  },
  tripStopsOf(db: Db, tripIds: readonly string[]): Promise<TripStopRow[]> {
    return db.select().from(TripStop).where(anyOf(TripStop.tripId, tripIds)).orderBy(asc(TripStop.tripId), asc(TripStop.sequence));
  },
  /** The trips' stops in visiting order, each with its BusStop row (a manifest or a timetable names them all). */
  tripStopsWithStops(db: SchoolDb, tripIds: readonly string[]): Promise<Array<{ tripStop: TripStopRow; stop: BusStopRow }>> {
    return preparedOn(db, 'trip_stops_with_stops', (name) =>
      db
        .select({ tripStop: TripStop, stop: BusStop })
        .from(TripStop)
        .innerJoin(BusStop, eq(BusStop.id, TripStop.stopId))
        .where(sql`${TripStop.tripId} = ANY(${sql.placeholder('tripIds')}::uuid[])`)
        .orderBy(asc(TripStop.tripId), asc(TripStop.sequence))
        .prepare(name),
    ).execute({ tripIds: [...tripIds] });
  },
  /** Mark counts per trip; `expected` and `notMarked` count the route's riders now. */
  async tripCounts(db: Db, tripIds: readonly string[]): Promise<TripCountsRow[]> {
    const result = await db.execute<TripCountsRow>(sql`
      SELECT t.id AS "tripId",
        (SELECT count(*) FROM "RouteRider" st WHERE st."routeId" = t."routeId")::int AS expected,
        count(m.id) FILTER (WHERE m.status = 'BOARDED')::int AS boarded,
        count(m.id) FILTER (WHERE m.status = 'ABSENT')::int AS absent,
        count(m.id) FILTER (WHERE m.status = 'DROPPED')::int AS dropped,
        (SELECT count(*) FROM "RouteRider" st WHERE st."routeId" = t."routeId" AND NOT EXISTS (
           SELECT 1 FROM "TripStudentMark" b WHERE b."tripId" = t.id AND b."studentId" = st."studentId" AND b.kind = 'BOARDING'))::int AS "notMarked"
      FROM "Trip" t LEFT JOIN "TripStudentMark" m ON m."tripId" = t.id
      WHERE t.id = ANY(${sql.param([...tripIds])}::uuid[])
      GROUP BY t.id`);
    return result.rows;
  },

  // Scheduling
  /** Serialises scheduleTrips calls for one day (until the transaction ends). */
  async lockDay(db: Db, date: string): Promise<void> {
    await db.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`syncad.scheduleTrips.${date}`}))`);
  },
  /** The day's trips (any status): what is already planned, and which bus runs what when. */
  tripsOn(db: Db, date: string): Promise<TripRow[]> {
    return db.select().from(Trip).where(eq(Trip.date, date));
  },
  /**
   * Creates trips in one statement; the scheduled time is the first stop's time on that day in the
   * school's time zone. A trip that exists already (same route, day and direction) is left alone.
   */
  async insertTrips(
    db: Db,
    p: { schoolId: string; date: string; timezone: string; trips: NewTrip[] },
  ): Promise<Array<{ id: string; routeId: string; direction: string }>> {
    if (p.trips.length === 0) return [];
    const column = <T>(pick: (t: NewTrip) => T) => sql.param(p.trips.map(pick));
    const result = await db.execute<{ id: string; routeId: string; direction: string }>(sql`
      INSERT INTO ${Trip} ("schoolId", "busId", "routeId", date, direction, "scheduledAt")
      SELECT ${p.schoolId}, x.bus, x.route, ${p.date}::date, x.direction, (${p.date}::date + x.t) AT TIME ZONE ${p.timezone}
      FROM unnest(${column((t) => t.busId)}::uuid[], ${column((t) => t.routeId)}::uuid[], ${column((t) => t.direction)}::text[],
                  ${column((t) => t.firstStopTime)}::time[]) AS x(bus, route, direction, t)
      ON CONFLICT ("routeId", date, direction) DO NOTHING
      RETURNING id, "routeId", direction`);
    return result.rows;
  },
  async insertTripStops(db: Db, p: { schoolId: string; date: string; timezone: string; stops: NewTripStop[] }): Promise<void> {
    if (p.stops.length === 0) return;
    const column = <T>(pick: (s: NewTripStop) => T) => sql.param(p.stops.map(pick));
    await db.execute(sql`
      INSERT INTO ${TripStop} ("schoolId", "tripId", "stopId", sequence, "scheduledAt")
      SELECT ${p.schoolId}, x.trip, x.stop, x.n, (${p.date}::date + x.t) AT TIME ZONE ${p.timezone}
      FROM unnest(${column((s) => s.tripId)}::uuid[], ${column((s) => s.stopId)}::uuid[], ${column((s) => s.sequence)}::int[],
                  ${column((s) => s.time)}::time[]) AS x(trip, stop, n, t)`);
  },

  // A trip's life
  async tripForUpdate(db: Db, id: string): Promise<TripRow | null> {
    const [row] = await db.select().from(Trip).where(eq(Trip.id, id)).for('update');
    return row ?? null;
  },
  /** Locks the bus row: starts of trips of one bus serialise on it. */
  async lockBus(db: Db, busId: string): Promise<void> {
    await db.select({ id: Bus.id }).from(Bus).where(eq(Bus.id, busId)).for('update');
  },
  /** Another trip of the bus that is under way, if any. */
  async busTripInProgress(db: Db, busId: string, exceptTripId: string): Promise<TripRow | null> {
    const [row] = await db
      .select()
      .from(Trip)
      .where(and(eq(Trip.busId, busId), eq(Trip.status, 'IN_PROGRESS'), ne(Trip.id, exceptTripId)))
      .limit(1);
    return row ?? null;
  },
  /** Moves the trip to `status`, stamping `stamp` with the database's clock. */
  async setStatus(db: Db, id: string, status: string, stamp: 'startedAt' | 'endedAt'): Promise<TripRow> {
    const [row] = await db
      .update(Trip)
      .set({ status, [stamp]: sql`now()` })
      .where(eq(Trip.id, id))
      .returning();
    return row;
  },
  /** Records arrival at one stop (null: none) and marks others as skipped, in one statement. */
  async recordStops(db: Db, arrivedId: string | null, skippedIds: readonly string[]): Promise<void> {
    const ids = arrivedId ? [arrivedId, ...skippedIds] : [...skippedIds];
    if (ids.length === 0) return;
    await db
      .update(TripStop)
      .set({
        arrivedAt: arrivedId ? sql`CASE WHEN ${TripStop.id} = ${arrivedId}::uuid THEN now() ELSE ${TripStop.arrivedAt} END` : undefined,
        skipped: arrivedId ? sql`${TripStop.id} <> ${arrivedId}::uuid` : true,
      })
      .where(anyOf(TripStop.id, ids));
  },
};
