/** SQL for the fleet and the network: buses, stops, routes with their ordered stops, and riders (StudentTransport). */
import { school, type SchoolDb } from '@syncad/shared-db';
import type { KeysetSlice, SortKey } from '@syncad/subgraph-kit';
import { and, asc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import { preparedOn } from './preparedOn';
import type { BusRouteRow, BusRow, BusStopRow, Db, RouteStopRow, StudentTransportRow } from './rows';

const { Bus, BusStop, BusRoute, BusRouteStop, StudentTransport } = school;

/** `column = ANY($1::uuid[])`: one array parameter, not a placeholder per id. */
export function anyOf(column: SQL.Aliased | Parameters<typeof eq>[0], ids: readonly string[]): SQL {
  return sql`${column} = ANY(${sql.param([...ids])}::uuid[])`;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Buses by registration number; stops and routes by name; the id breaks ties. */
export const BUS_ORDER: SortKey[] = [{ by: Bus.registrationNo }, { by: Bus.id }];
export const STOP_ORDER: SortKey[] = [{ by: BusStop.name }, { by: BusStop.id }];
export const ROUTE_ORDER: SortKey[] = [{ by: BusRoute.name }, { by: BusRoute.id }];

export interface RouteWithBus {
  route: BusRouteRow;
  bus: BusRow | null;
}

export const fleetData = {
  // Buses
  busesByIds(db: SchoolDb, ids: readonly string[]): Promise<BusRow[]> {
    return preparedOn(db, 'buses_by_ids', (name) =>
      db.select().from(Bus).where(sql`${Bus.id} = ANY(${sql.placeholder('ids')}::uuid[])`).prepare(name),
    ).execute({ ids: [...ids] });
  },
  /** One keyset page of buses (in service only, unless `includeInactive`). */
  buses(db: Db, f: { includeInactive: boolean }, slice: KeysetSlice): Promise<BusRow[]> {
    return db
      .select()
      .from(Bus)
      .where(and(f.includeInactive ? undefined : eq(Bus.isActive, true), slice.after))
      .orderBy(...slice.order)
      .limit(slice.limit);
  },
  async countBuses(db: Db, f: { includeInactive: boolean }): Promise<number> {
    const [row] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(Bus)
      .where(f.includeInactive ? undefined : eq(Bus.isActive, true));
    return row.n;
  },
  async insertBus(db: Db, values: typeof Bus.$inferInsert): Promise<BusRow> {
    const [row] = await db.insert(Bus).values(values).returning();
    return row;
  },
  async busForUpdate(db: Db, id: string): Promise<BusRow | null> {
    const [row] = await db.select().from(Bus).where(eq(Bus.id, id)).for('update');
    return row ?? null;
  },
  async updateBus(db: Db, id: string, values: Partial<typeof Bus.$inferInsert>): Promise<BusRow | null> {
    const [row] = await db.update(Bus).set(values).where(eq(Bus.id, id)).returning();
    return row ?? null;
  },
  async deleteBus(db: Db, id: string): Promise<boolean> {
    const rows = await db.delete(Bus).where(eq(Bus.id, id)).returning({ id: Bus.id });
    return rows.length > 0;
  },
  /** The most riders on any one route the bus runs (0 when none). */
  async mostRidersOnRoutesOf(db: Db, busId: string): Promise<{ routeName: string; riders: number } | null> {
    const [row] = await db
      .select({ routeName: BusRoute.name, riders: sql<number>`count(${StudentTransport.id})::int` })
      .from(BusRoute)
      .innerJoin(StudentTransport, eq(StudentTransport.routeId, BusRoute.id))
      .where(eq(BusRoute.busId, busId))
      .groupBy(BusRoute.id)
      .orderBy(sql`count(${StudentTransport.id}) DESC`)
      .limit(1);
    return row ?? null;
  },

  // Stops
  stopsByIds(db: Db, ids: readonly string[]): Promise<BusStopRow[]> {
    return db.select().from(BusStop).where(anyOf(BusStop.id, ids));
  },
  /** One keyset page of stops, whose name contains `search` if given. */
  stops(db: Db, f: { search?: string }, slice: KeysetSlice): Promise<BusStopRow[]> {
    return db
      .select()
      .from(BusStop)
      .where(and(f.search ? ilike(BusStop.name, `%${escapeLike(f.search)}%`) : undefined, slice.after))
      .orderBy(...slice.order)
      .limit(slice.limit);
  },
  async countStops(db: Db, f: { search?: string }): Promise<number> {
    const [row] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(BusStop)
      .where(f.search ? ilike(BusStop.name, `%${escapeLike(f.search)}%`) : undefined);
    return row.n;
  },
  async insertStop(db: Db, values: typeof BusStop.$inferInsert): Promise<BusStopRow> {
    const [row] = await db.insert(BusStop).values(values).returning();
    return row;
  },
  async updateStop(db: Db, id: string, values: Partial<typeof BusStop.$inferInsert>): Promise<BusStopRow | null> {
    const [row] = await db.update(BusStop).set(values).where(eq(BusStop.id, id)).returning();
    return row ?? null;
  },
  async deleteStop(db: Db, id: string): Promise<boolean> {
    const rows = await db.delete(BusStop).where(eq(BusStop.id, id)).returning({ id: BusStop.id });
    return rows.length > 0;
  },

  // Routes
  routesByIds(db: SchoolDb, ids: readonly string[]): Promise<BusRouteRow[]> {
    return preparedOn(db, 'routes_by_ids', (name) =>
      db.select().from(BusRoute).where(sql`${BusRoute.id} = ANY(${sql.placeholder('ids')}::uuid[])`).prepare(name),
    ).execute({ ids: [...ids] });
  },
  routesOfBuses(db: Db, busIds: readonly string[]): Promise<BusRouteRow[]> {
    return db
      .select()
      .from(BusRoute)
      .where(anyOf(BusRoute.busId, busIds))
      .orderBy(asc(BusRoute.name), asc(BusRoute.id));
  },
  /** One keyset page of routes (active only, unless `includeInactive`). */
  routes(db: Db, f: { includeInactive: boolean }, slice: KeysetSlice): Promise<BusRouteRow[]> {
    return db
      .select()
      .from(BusRoute)
      .where(and(f.includeInactive ? undefined : eq(BusRoute.isActive, true), slice.after))
      .orderBy(...slice.order)
      .limit(slice.limit);
  },
  async countRoutes(db: Db, f: { includeInactive: boolean }): Promise<number> {
    const [row] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(BusRoute)
      .where(f.includeInactive ? undefined : eq(BusRoute.isActive, true));
    return row.n;
  },
  async routeCountOfBus(db: Db, busId: string): Promise<number> {
    const [row] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(BusRoute)
      .where(eq(BusRoute.busId, busId));
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
      .where(eq(BusRoute.isActive, true))
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
  async setRouteStopTimes(db: Db, routeId: string, stopId: string, times: { pickupTime: string | null; dropTime: string | null }): Promise<void> {
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
    await db.update(BusRouteStop).set({ sequence: sql`-${BusRouteStop.sequence}` }).where(eq(BusRouteStop.routeId, routeId));
    await db.execute(sql`
      UPDATE ${BusRouteStop} SET sequence = x.n
      FROM unnest(${sql.param([...stopIds])}::uuid[]) WITH ORDINALITY AS x(stop, n)
      WHERE ${BusRouteStop.routeId} = ${routeId} AND ${BusRouteStop.stopId} = x.stop`);
  },

  // Riders
  assignmentsOfStudents(db: Db, studentIds: readonly string[]): Promise<StudentTransportRow[]> {
    return db.select().from(StudentTransport).where(anyOf(StudentTransport.studentId, studentIds));
  },
  async riderCounts(db: Db, routeIds: readonly string[]): Promise<Array<{ routeId: string; riders: number }>> {
    return db
      .select({ routeId: StudentTransport.routeId, riders: sql<number>`count(*)::int` })
      .from(StudentTransport)
      .where(anyOf(StudentTransport.routeId, routeIds))
      .groupBy(StudentTransport.routeId);
  },
  /** Riders of routes in the order they were assigned; `studentId` keeps only that student's. */
  ridersOfRoutes(db: SchoolDb, routeIds: readonly string[], studentId?: string): Promise<StudentTransportRow[]> {
    const ofRoutes = sql`${StudentTransport.routeId} = ANY(${sql.placeholder('routeIds')}::uuid[])`;
    const order = [asc(StudentTransport.createdAt), asc(StudentTransport.id)];
    if (studentId) {
      return preparedOn(db, 'student_riders_of_routes', (name) =>
        db
          .select()
          .from(StudentTransport)
          .where(and(ofRoutes, sql`${StudentTransport.studentId} = ${sql.placeholder('studentId')}`))
          .orderBy(...order)
          .prepare(name),
      ).execute({ routeIds: [...routeIds], studentId });
    }
    return preparedOn(db, 'riders_of_routes', (name) =>
      db
        .select()
        .from(StudentTransport)
        .where(ofRoutes)
        .orderBy(...order)
        .prepare(name),
    ).execute({ routeIds: [...routeIds] });
  },
  async riderCount(db: Db, routeId: string): Promise<number> {
    const [row] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(StudentTransport)
      .where(eq(StudentTransport.routeId, routeId));
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
