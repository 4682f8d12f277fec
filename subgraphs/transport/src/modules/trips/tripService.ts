/**
 * Trips: planning a day (idempotent, one trip per route, day and direction, no bus twice at one
 * time), and a trip's life: start, arrivals at its stops in order, completion or cancellation.
 * Also the reads built on them: the day's trips, progress and the manifest.
 */
import { addDays, connectionOfList, keysetConnection, parseId, today, type Connection } from '@syncad/subgraph-kit';
import { AppError } from '@syncad/platform';
import type { TransportContext } from '../../context';
import type { ArriveAtStopInput, QueryTripsArgs } from '../../generated/graphql';
import { routeData } from '../routes';
import type {
  Db,
  RouteStopRow,
  SkippedTripModel,
  StudentTransportRow,
  StudentTripModel,
  TripManifestModel,
  TripProgressModel,
  TripCountsRow,
  TripRow,
  TripScheduleModel,
} from '../../shared/rows';
import { ifVisible, ownRoute } from '../../shared/ownRoute';
import { studentTrip } from '../../shared/studentTrip';
import { TRIP_ORDER, tripData, type NewTrip, type NewTripStop, type TripFilter } from './tripData';
import { tripManifest } from './tripManifest';
import { transportInput } from '../../shared/transportInput';

const TRIPS_LIST = 'trips';
const DIRECTIONS = ['PICKUP', 'DROP'] as const;
/** How far ahead scheduleTrips plans. */
const MAX_DAYS_AHEAD = 366;

const clockFormats = new Map<string, Intl.DateTimeFormat>();

/** An instant as the school's "HH:MM". */
function localTime(instant: Date, timeZone: string): string {
  let format = clockFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    clockFormats.set(timeZone, format);
  }
  return format.format(instant);
}

/** The route's stops in a direction's visiting order, each with that direction's time. */
function visitingOrder(stops: readonly RouteStopRow[], direction: string): Array<{ stopId: string; time: string | null }> {
  const ordered = direction === 'DROP' ? [...stops].reverse() : stops;
  return ordered.map((s) => ({ stopId: s.stopId, time: transportInput.showTime(direction === 'DROP' ? s.dropTime : s.pickupTime) }));
}

/** The trip, or NOT_FOUND. */
async function lockedTrip(tx: Db, tripId: string): Promise<TripRow> {
  const trip = await tripData.tripForUpdate(tx, tripId);
  if (!trip) throw AppError.notFound(`trip ${tripId}`);
  return trip;
}

function wrongStatus(trip: TripRow, wanted: string): AppError {
  return AppError.conflict(`the trip is ${trip.status}: ${wanted}`);
}

export const tripService = {
  /** A page of a day's trips (today at the school by default), in scheduled order. */
  async page(ctx: TransportContext, args: Omit<QueryTripsArgs, 'date'> & { date?: string | null }): Promise<Connection<TripRow>> {
    const routeId = args.routeId == null ? undefined : parseId(args.routeId, 'routeId');
    const filter: TripFilter = {
      date: args.date ?? today(ctx.timezone),
      routeIds: routeId === undefined ? undefined : [routeId],
      status: args.status ?? undefined,
    };
    // A self-scoped caller sees only the trips that carry their own students (none when they ride none).
    const scope = ownRoute(ctx);
    if (scope) {
      const own = (await scope)?.ridersByRoute;
      const routeIds = [...(own?.keys() ?? [])].filter((id) => routeId === undefined || id === routeId);
      if (routeIds.length === 0) return connectionOfList(ctx.cursors, TRIPS_LIST, args, []);
      filter.routeIds = routeIds;
    }
    const page = await keysetConnection(
      ctx.cursors,
      TRIPS_LIST,
      args,
      TRIP_ORDER,
      (slice) => tripData.trips(ctx.db, filter, slice),
      () => tripData.countTrips(ctx.db, filter),
      (t) => [t.scheduledAt ? t.scheduledAt.toISOString() : 'infinity', t.id],
    );
    for (const row of page.nodes) ctx.loaders.trip.prime(row.id, row);
    return page;
  },

  async byId(ctx: TransportContext, id: string): Promise<TripRow | null> {
    return ifVisible(ctx, await ctx.loaders.trip.load(parseId(id, 'id')), (route, trip) => route.ridersByRoute.has(trip.routeId));
  },

  /**
   * Plans the day: for every active route, a PICKUP and a DROP trip with the route's stops in
   * visiting order and their times on that day. Runs under a lock per day, so concurrent calls
   * cannot double a trip (the unique index would refuse it anyway).
   */
  async schedule(ctx: TransportContext, date: string): Promise<TripScheduleModel> {
    const day = today(ctx.timezone);
    if (date < day) throw AppError.badInput(`date ${date} is in the past (today is ${day})`, 'date');
    if (date > addDays(day, MAX_DAYS_AHEAD)) throw AppError.badInput(`trips are planned at most ${MAX_DAYS_AHEAD} days ahead`, 'date');
    return ctx.db.transaction(async (tx) => {
      await tripData.lockDay(tx, date);
      const [routes, existing] = await Promise.all([routeData.activeRoutes(tx), tripData.tripsOn(tx, date)]);
      const stops =
        routes.length === 0
          ? []
          : await routeData.routeStopsOf(
              tx,
              routes.map((r) => r.route.id),
            );
      const planned = new Set(existing.map((t) => `${t.routeId}|${t.direction}`));
      // What each bus already runs: bus|direction|HH:MM -> route name.
      const routeNames = new Map(routes.map((r) => [r.route.id, r.route.name]));
      const busy = new Map<string, string>();
      for (const t of existing) {
        if (t.scheduledAt)
          busy.set(`${t.busId}|${t.direction}|${localTime(t.scheduledAt, ctx.timezone)}`, routeNames.get(t.routeId) ?? 'another route');
      }
      const skipped: SkippedTripModel[] = [];
      const trips: Array<NewTrip & { stops: Array<{ stopId: string; time: string | null }> }> = [];
      let alreadyScheduled = 0;
      for (const { route, bus } of routes) {
        const routeStops = stops.filter((s) => s.routeId === route.id);
        for (const direction of DIRECTIONS) {
          const skip = (reason: string) => skipped.push({ route, direction, reason });
          if (planned.has(`${route.id}|${direction}`)) {
            alreadyScheduled++;
            continue;
          }
          if (!bus) {
            skip('the route has no bus');
            continue;
          }
          if (!bus.isActive) {
            skip(`bus ${bus.registrationNo} is not in service`);
            continue;
          }
          if (routeStops.length === 0) {
            skip('the route has no stops');
            continue;
          }
          const visits = visitingOrder(routeStops, direction);
          const firstStopTime = visits[0].time;
          if (firstStopTime !== null) {
            const key = `${bus.id}|${direction}|${firstStopTime}`;
            const other = busy.get(key);
            if (other !== undefined) {
              skip(`bus ${bus.registrationNo} already runs a ${direction} trip at ${firstStopTime} (route "${other}")`);
              continue;
            }
            busy.set(key, route.name);
          }
          trips.push({ routeId: route.id, busId: bus.id, direction, firstStopTime, stops: visits });
        }
      }
      const where = { schoolId: ctx.schoolId, date, timezone: ctx.timezone };
      const created = await tripData.insertTrips(tx, { ...where, trips });
      const stopsOf = new Map(trips.map((t) => [`${t.routeId}|${t.direction}`, t.stops]));
      await tripData.insertTripStops(tx, {
        ...where,
        stops: created.flatMap((t): NewTripStop[] =>
          (stopsOf.get(`${t.routeId}|${t.direction}`) ?? []).map((s, i) => ({
            tripId: t.id,
            stopId: s.stopId,
            sequence: i + 1,
            time: s.time,
          })),
        ),
      });
      return { date, created: created.length, alreadyScheduled: alreadyScheduled + (trips.length - created.length), skipped };
    });
  },

  /** Starts a SCHEDULED trip of today, unless its bus is still on another trip. */
  async start(ctx: TransportContext, tripIdArg: string): Promise<TripRow> {
    const tripId = parseId(tripIdArg, 'tripId');
    const started = await ctx.db.transaction(async (tx) => {
      const trip = await lockedTrip(tx, tripId);
      if (trip.status !== 'SCHEDULED') throw wrongStatus(trip, 'only a SCHEDULED trip can start');
      const day = today(ctx.timezone);
      if (trip.date !== day) throw AppError.conflict(`the trip is on ${trip.date}: only today's trips (${day}) can start`);
      await tripData.lockBus(tx, trip.busId);
      const other = await tripData.busTripInProgress(tx, trip.busId, trip.id);
      if (other) throw AppError.conflict(`the trip's bus is still on trip ${other.id} (${other.direction}): complete or cancel it first`);
      return tripData.setStatus(tx, trip.id, 'IN_PROGRESS', 'startedAt');
    });
    ctx.loaders.trip.prime(started.id, started);
    return started;
  },

  /**
   * Records arrival at a stop of an IN_PROGRESS trip: the next stop in visiting order, or a later
   * one when `skipped` is set (the stops in between are recorded as skipped). A stop already
   * reached or passed is refused: the bus does not go back.
   */
  async arrive(ctx: TransportContext, input: ArriveAtStopInput): Promise<TripRow> {
    const tripId = parseId(input.tripId, 'tripId');
    const stopId = parseId(input.stopId, 'stopId');
    const nameOf = async (id: string) => (await ctx.loaders.busStop.load(id))?.name ?? id;
    return ctx.db.transaction(async (tx) => {
      const trip = await lockedTrip(tx, tripId);
      const stops = await tripData.tripStopsOf(tx, [tripId]);
      const target = stops.findIndex((s) => s.stopId === stopId);
      if (target < 0) {
        if (!(await ctx.loaders.busStop.load(stopId))) throw AppError.notFound(`stop ${stopId}`);
        throw AppError.badInput(`stop "${await nameOf(stopId)}" is not on this trip`, 'stopId');
      }
      if (trip.status !== 'IN_PROGRESS') throw wrongStatus(trip, 'arrivals are recorded on an IN_PROGRESS trip');
      const passed = stops.findLastIndex((s) => s.arrivedAt !== null || s.skipped);
      if (target <= passed) {
        const s = stops[target];
        throw AppError.conflict(
          `the bus already ${s.arrivedAt ? 'arrived at' : 'went past'} stop "${await nameOf(stopId)}" (stop ${s.sequence}): going back is refused`,
        );
      }
      const between = stops.slice(passed + 1, target);
      if (between.length > 0 && !input.skipped) {
        throw AppError.badInput(
          `stop "${await nameOf(stopId)}" is not the next stop: the next is "${await nameOf(between[0].stopId)}" (stop ${between[0].sequence}); ` +
            `pass skipped: true to skip ${between.length} stop(s)`,
          'skipped',
        );
      }
      await tripData.recordStops(
        tx,
        stops[target].id,
        between.map((s) => s.id),
      );
      return trip;
    });
  },

  /** Completes an IN_PROGRESS trip; stops never reached are recorded as skipped. */
  async complete(ctx: TransportContext, tripIdArg: string): Promise<TripRow> {
    const tripId = parseId(tripIdArg, 'tripId');
    const done = await ctx.db.transaction(async (tx) => {
      const trip = await lockedTrip(tx, tripId);
      if (trip.status !== 'IN_PROGRESS') throw wrongStatus(trip, 'only an IN_PROGRESS trip can be completed');
      const stops = await tripData.tripStopsOf(tx, [tripId]);
      await tripData.recordStops(
        tx,
        null,
        stops.filter((s) => s.arrivedAt === null && !s.skipped).map((s) => s.id),
      );
      return tripData.setStatus(tx, trip.id, 'COMPLETED', 'endedAt');
    });
    ctx.loaders.trip.prime(done.id, done);
    return done;
  },

  /** Cancels a trip that has not ended; its marks stay. */
  async cancel(ctx: TransportContext, tripIdArg: string): Promise<TripRow> {
    const tripId = parseId(tripIdArg, 'tripId');
    const cancelled = await ctx.db.transaction(async (tx) => {
      const trip = await lockedTrip(tx, tripId);
      if (trip.status !== 'SCHEDULED' && trip.status !== 'IN_PROGRESS')
        throw wrongStatus(trip, 'only a SCHEDULED or IN_PROGRESS trip can be cancelled');
      return tripData.setStatus(tx, trip.id, 'CANCELLED', 'endedAt');
    });
    ctx.loaders.trip.prime(cancelled.id, cancelled);
    return cancelled;
  },

  /** The trip's stops and mark counts; a self-scoped caller's are of their own students' marks only (expected: those the trip carries). */
  async progress(ctx: TransportContext, trip: TripRow): Promise<TripProgressModel> {
    const counts = async (): Promise<TripCountsRow> => {
      if (!ctx.caller.selfScoped) return ctx.loaders.tripCounts.load(trip.id);
      const [route, marks] = await Promise.all([ownRoute(ctx), ctx.loaders.marksOf.load(trip.id)]);
      const riders = route?.ridersByRoute.get(trip.routeId) ?? [];
      const count = (kind: string, status: string) => marks.filter((m) => m.kind === kind && m.status === status).length;
      const boardingMarked = new Set(marks.filter((m) => m.kind === 'BOARDING').map((m) => m.studentId));
      return {
        tripId: trip.id,
        expected: riders.length,
        boarded: count('BOARDING', 'BOARDED'),
        absent: count('BOARDING', 'ABSENT'),
        dropped: count('DROP', 'DROPPED'),
        notMarked: riders.filter((s) => !boardingMarked.has(s)).length,
      };
    };
    const [stops, tripCounts] = await Promise.all([ctx.loaders.tripStopsOf.load(trip.id), counts()]);
    return { stops, counts: tripCounts };
  },

  /** The trip's manifest from three loaders (riders, marks, stops): a constant number of statements. */
  async manifest(ctx: TransportContext, trip: TripRow): Promise<TripManifestModel> {
    const [tripStops, riders, marks] = await Promise.all([
      ctx.loaders.tripStopsOf.load(trip.id),
      ctx.loaders.ridersOf.load(trip.routeId),
      ctx.loaders.marksOf.load(trip.id),
    ]);
    return tripManifest(trip, tripStops, riders, marks);
  },

  /** Today's trip of the student's route in one direction (there is at most one), with the student's marks. */
  async todaysTrip(ctx: TransportContext, assignment: StudentTransportRow, direction: 'PICKUP' | 'DROP'): Promise<StudentTripModel | null> {
    const day = today(ctx.timezone);
    const [trips, marks] = await Promise.all([
      ctx.loaders.tripsOfRouteOn(day).load(assignment.routeId),
      ctx.loaders.marksOn(day).load(assignment.studentId),
    ]);
    const trip = trips.find((t) => t.direction === direction);
    return trip ? studentTrip(trip, assignment.studentId, assignment, marks) : null;
  },
};
