/** SQL for the fleet: buses and stops. */
import { school, type SchoolDb } from '@syncad/shared-db';
import type { KeysetSlice, SortKey } from '@syncad/subgraph-kit';
import { and, eq, gte, ilike, isNull, or, sql } from 'drizzle-orm';
import { preparedOn } from '../../shared/preparedOn';
import type { BusRow, BusStopRow, Db } from '../../shared/rows';
import { anyOf } from '../../shared/sql';

const { Bus, BusStop, BusRoute, RouteRider } = school;

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Buses by registration number, stops by name; the id breaks ties. */
export const BUS_ORDER: SortKey[] = [{ by: Bus.registrationNo }, { by: Bus.id }];
export const STOP_ORDER: SortKey[] = [{ by: BusStop.name }, { by: BusStop.id }];

export const fleetData = {
  // Buses
  busesByIds(db: SchoolDb, ids: readonly string[]): Promise<BusRow[]> {
    return preparedOn(db, 'buses_by_ids', (name) =>
      db
        .select()
        .from(Bus)
        .where(sql`${Bus.id} = ANY(${sql.placeholder('ids')}::uuid[])`)
        .prepare(name),
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
  /** The most riders on any one route the bus runs: its regular routes and its one-off trips from `day` on (null when none). */
  async mostRidersOnRoutesOf(db: Db, busId: string, day: string): Promise<{ routeName: string; riders: number } | null> {
    const [row] = await db
      .select({ routeName: BusRoute.name, riders: sql<number>`count(${RouteRider.id})::int` })
      .from(BusRoute)
      .innerJoin(RouteRider, eq(RouteRider.routeId, BusRoute.id))
      .where(and(eq(BusRoute.busId, busId), or(isNull(BusRoute.oneOffOn), gte(BusRoute.oneOffOn, day))))
      .groupBy(BusRoute.id)
      .orderBy(sql`count(${RouteRider.id}) DESC`)
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
};
