/**
 * SQL for the network: routes with their ordered stops, and riders (StudentTransport). Plain SQL
 * (data-access policy, docs/architecture.md) only to renumber a route's stops from an array
 * (unnest WITH ORDINALITY), which the builder cannot say.
 */
import { school, type SchoolDb } from '@syncad/shared-db';
import type { KeysetSlice, SortKey } from '@syncad/subgraph-kit';
import { and, asc, eq, isNull, or, sql } from 'drizzle-orm';
import { preparedOn } from '../../shared/preparedOn';
import type { BusRouteRow, BusRow, Db, RouteStopRow, StudentTransportRow } from '../../shared/rows';
import { anyOf } from '../../shared/sql';

const { Bus, BusRoute, BusRouteStop, OneOffRider, RouteRider, StudentTransport } = school;

/** Routes by name; the id breaks ties. */
export const ROUTE_ORDER: SortKey[] = [{ by: BusRoute.name }, { by: BusRoute.id }];

export interface RouteWithBus {
  route: BusRouteRow;
  bus: BusRow | null;
}

/** The routes busRoutes lists: never a one-off route (its trip is how it is seen), inactive ones when asked. */
function regularRoutes(f: { includeInactive: boolean }) {
  return and(isNull(BusRoute.oneOffOn), f.includeInactive ? undefined : eq(BusRoute.isActive, true));
}

export const routeData = {
  // Routes
  routesByIds(db: SchoolDb, ids: readonly string[]): Promise<BusRouteRow[]> {
    return preparedOn(db, 'routes_by_ids', (name) =>
      db
        .select()
        .from(BusRoute)
        .where(sql`${BusRoute.id} = ANY(${sql.placeholder('ids')}::uuid[])`)
        .prepare(name),
    ).execute({ ids: [...ids] });
  },
  /** The regular routes the buses run (a one-off trip's route is seen through its trip). */
  routesOfBuses(db: Db, busIds: readonly string[]): Promise<BusRouteRow[]> {
    return db
      .select()
      .from(BusRoute)
      .where(and(anyOf(BusRoute.busId, busIds), isNull(BusRoute.oneOffOn)))
      .orderBy(asc(BusRoute.name), asc(BusRoute.id));
  },
  /** One keyset page of routes (active only, unless `includeInactive`). */
  routes(db: Db, f: { includeInactive: boolean }, slice: KeysetSlice): Promise<BusRouteRow[]> {
    return db
      .select()
      .from(BusRoute)
      .where(and(regularRoutes(f), slice.after))
      .orderBy(...slice.order)
      .limit(slice.limit);
  },
  async countRoutes(db: Db, f: { includeInactive: boolean }): Promise<number> {
    const [row] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(BusRoute)
      .where(regularRoutes(f));
    return row.n;
  },
  /** How many regular routes the bus runs (one-off trips' routes do not count against its limit). */
  async routeCountOfBus(db: Db, busId: string): Promise<number> {
    const [row] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(BusRoute)
      .where(and(eq(BusRoute.busId, busId), isNull(BusRoute.oneOffOn)));
    return row.n;
  },
  async insertRoute(db: Db, values: typeof BusRoute.$inferInsert): Promise<BusRouteRow> {
    const [row] = await db.insert(BusRoute).values(values).returning();
    return row;
  },
  async updateRoute(db: Db, id: string, values: Partial<typeof BusRoute.$inferInsert>): Promise<BusRouteRow | null> {
    const [row] = await db.update(BusRoute).set(values).where(eq(BusRoute.id, id)).returning();
    return row ?? null;
  },
  async deleteRoute(db: Db, id: string): Promise<boolean> {
    const rows = await db.delete(BusRoute).where(eq(BusRoute.id, id)).returning({ id: BusRoute.id });
    return rows.length > 0;
  },
  /** The route and its bus, the route row locked: changes to its stops, bus or riders serialise on it. */
  async routeForUpdate(db: Db, id: string): Promise<RouteWithBus | null> {
    const [row] = await db
      .select({ route: BusRoute, bus: Bus })
      .from(BusRoute)
      .leftJoin(Bus, eq(Bus.id, BusRoute.busId))
      .where(eq(BusRoute.id, id))
      .for('update', { of: BusRoute });
    return row ?? null;
  },
  /** The active routes with their buses (if any), by name: what scheduleTrips plans for. */
  activeRoutes(db: Db): Promise<RouteWithBus[]> {
    return db
      .select({ route: BusRoute, bus: Bus })
      .from(BusRoute)
      .leftJoin(Bus, eq(Bus.id, BusRoute.busId))
      .where(and(eq(BusRoute.isActive, true), isNull(BusRoute.oneOffOn)))
      .orderBy(asc(BusRoute.name), asc(BusRoute.id));
  },

  // A route's stops
  routeStopsOf(db: Db, routeIds: readonly string[]): Promise<RouteStopRow[]> {
    return db
      .select()
      .from(BusRouteStop)
      .where(anyOf(BusRouteStop.routeId, routeIds))
      .orderBy(asc(BusRouteStop.routeId), asc(BusRouteStop.sequence));
  },
  async insertRouteStops(db: Db, rows: (typeof BusRouteStop.$inferInsert)[]): Promise<void> {
    if (rows.length > 0) await db.insert(BusRouteStop).values(rows);
  },
  async deleteRouteStop(db: Db, routeId: string, stopId: string): Promise<void> {
    await db.delete(BusRouteStop).where(and(eq(BusRouteStop.routeId, routeId), eq(BusRouteStop.stopId, stopId)));
  },
  async setRouteStopTimes(
    db: Db,
    routeId: string,
    stopId: string,
    times: { pickupTime: string | null; dropTime: string | null },
  ): Promise<void> {
    await db
      .update(BusRouteStop)
      .set(times)
      .where(and(eq(BusRouteStop.routeId, routeId), eq(BusRouteStop.stopId, stopId)));
  },
  /**
   * Gives the route's stops the sequences 1..n in the order of `stopIds` (every stop of the route):
   * first every sequence is made negative, so no step of the renumbering collides with the
   * (routeId, sequence) unique index, then each stop gets its place. The route must be locked.
   */
  async renumberRouteStops(db: Db, routeId: string, stopIds: readonly string[]): Promise<void> {
    await db
      .update(BusRouteStop)
      .set({ sequence: sql`-${BusRouteStop.sequence}` })
      .where(eq(BusRouteStop.routeId, routeId));
    await db.execute(sql`
      UPDATE ${BusRouteStop} SET sequence = x.n
      FROM unnest(${sql.param([...stopIds])}::uuid[]) WITH ORDINALITY AS x(stop, n)
      WHERE ${BusRouteStop.routeId} = ${routeId} AND ${BusRouteStop.stopId} = x.stop`);
  },

  // Riders
  /** The one-off routes each student rides, one row per student who rides any. */
  oneOffRoutesOfStudents(db: Db, studentIds: readonly string[]): Promise<Array<{ studentId: string; routeIds: string[] }>> {
    return db
      .select({ studentId: OneOffRider.studentId, routeIds: sql<string[]>`array_agg(${OneOffRider.routeId})` })
      .from(OneOffRider)
      .where(anyOf(OneOffRider.studentId, studentIds))
      .groupBy(OneOffRider.studentId);
  },
  assignmentsOfStudents(db: Db, studentIds: readonly string[]): Promise<StudentTransportRow[]> {
    return db.select().from(StudentTransport).where(anyOf(StudentTransport.studentId, studentIds));
  },
  async riderCounts(db: Db, routeIds: readonly string[]): Promise<Array<{ routeId: string; riders: number }>> {
    return db
      .select({ routeId: RouteRider.routeId, riders: sql<number>`count(*)::int` })
      .from(RouteRider)
      .where(anyOf(RouteRider.routeId, routeIds))
      .groupBy(RouteRider.routeId);
  },
  /** Riders of routes (regular or one-off: RouteRider) in the order they were assigned; `studentIds` keeps only those students'. */
  ridersOfRoutes(db: SchoolDb, routeIds: readonly string[], studentIds?: readonly string[]): Promise<StudentTransportRow[]> {
    const ofRoutes = sql`${RouteRider.routeId} = ANY(${sql.placeholder('routeIds')}::uuid[])`;
    const order = [asc(RouteRider.createdAt), asc(RouteRider.id)];
    if (studentIds) {
      return preparedOn(db, 'own_riders_of_routes', (name) =>
        db
          .select()
          .from(RouteRider)
          .where(and(ofRoutes, sql`${RouteRider.studentId} = ANY(${sql.placeholder('studentIds')}::uuid[])`))
          .orderBy(...order)
          .prepare(name),
      ).execute({ routeIds: [...routeIds], studentIds: [...studentIds] });
    }
    return preparedOn(db, 'riders_of_routes', (name) =>
      db
        .select()
        .from(RouteRider)
        .where(ofRoutes)
        .orderBy(...order)
        .prepare(name),
    ).execute({ routeIds: [...routeIds] });
  },
  async riderCount(db: Db, routeId: string): Promise<number> {
    const [row] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(RouteRider)
      .where(eq(RouteRider.routeId, routeId));
    return row.n;
  },
  /** Riders of the route other than `exceptStudentId` (the one being (re)assigned). */
  async otherRiders(db: Db, routeId: string, exceptStudentId: string): Promise<number> {
    const [row] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(StudentTransport)
      .where(and(eq(StudentTransport.routeId, routeId), sql`${StudentTransport.studentId} <> ${exceptStudentId}`));
    return row.n;
  },
  /** Riders of the route boarding or getting off at the stop. */
  async ridersUsingStop(db: Db, routeId: string, stopId: string): Promise<number> {
    const [row] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(StudentTransport)
      .where(and(eq(StudentTransport.routeId, routeId), or(eq(StudentTransport.stopId, stopId), eq(StudentTransport.dropStopId, stopId))));
    return row.n;
  },
  async insertOneOffRiders(db: Db, rows: (typeof OneOffRider.$inferInsert)[]): Promise<void> {
    if (rows.length > 0) await db.insert(OneOffRider).values(rows);
  },
  /** Creates or replaces the student's assignment (one per student). */
  async upsertAssignment(db: Db, values: typeof StudentTransport.$inferInsert): Promise<StudentTransportRow> {
    const [row] = await db
      .insert(StudentTransport)
      .values(values)
      .onConflictDoUpdate({
        target: StudentTransport.studentId,
        set: { routeId: values.routeId, stopId: values.stopId, dropStopId: values.dropStopId, createdAt: sql`now()` },
      })
      .returning();
    return row;
  },
  async deleteAssignment(db: Db, studentId: string): Promise<boolean> {
    const rows = await db.delete(StudentTransport).where(eq(StudentTransport.studentId, studentId)).returning({ id: StudentTransport.id });
    return rows.length > 0;
  },
};
