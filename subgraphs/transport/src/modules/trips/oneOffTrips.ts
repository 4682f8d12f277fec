/**
 * One-off trips (a field trip, an extra run): a trip on a route made for it alone, with the stops
 * and riders given. The route is never active, so scheduleTrips (this release's or the one
 * before's) never plans it, and one trip per route, day and direction (Trip's unique index, which
 * the previous release's scheduleTrips relies on) still holds. Its riders are OneOffRider rows, read
 * with the regular ones through RouteRider: the manifest, counts and marking treat both alike, and
 * a STUDENT sees the trips that carry them (shared/ownRoute.ts).
 */
import { existingStudentIds } from '@syncad/shared-db';
import { addDays, parseId, parseText, today } from '@syncad/subgraph-kit';
import { AppError, conflictAs } from '@syncad/platform';
import type { TransportContext } from '../../context';
import type { CreateOneOffTripInput } from '../../generated/graphql';
import type { Db, TripRow } from '../../shared/rows';
import { transportInput } from '../../shared/transportInput';
import { fleetData } from '../fleet';
import { routeData } from '../routes';
import { tripData } from './tripData';

const MAX_STOPS = 50;
/** How far ahead a one-off trip is planned, as scheduleTrips plans. */
const MAX_DAYS_AHEAD = 366;

interface PlannedStop {
  stopId: string;
  time: string | null;
}
interface PlannedRider {
  studentId: string;
  /** Where they get on. */
  stopId: string;
  /** Where they get off. */
  dropStopId: string;
}

/** The stops and riders given: stops in visiting order, each rider getting off after getting on. */
function givenPlan(input: CreateOneOffTripInput): { stops: PlannedStop[]; riders: PlannedRider[] } {
  if (!input.stops || input.stops.length < 2 || input.stops.length > MAX_STOPS)
    throw AppError.badInput(`a one-off trip has 2 to ${MAX_STOPS} stops`, 'stops');
  const stops = input.stops.map((s, i) => ({
    stopId: parseId(s.stopId, `stops[${i}].stopId`),
    time: transportInput.time(s.time, `stops[${i}].time`) ?? null,
  }));
  const position = new Map(stops.map((s, i) => [s.stopId, i]));
  if (position.size !== stops.length) throw AppError.badInput('a stop appears twice in stops', 'stops');
  if (!input.riders || input.riders.length === 0) throw AppError.badInput('riders must not be empty', 'riders');
  const riders = input.riders.map((r, i) => {
    const field = `riders[${i}]`;
    const rider = {
      studentId: parseId(r.studentId, `${field}.studentId`),
      stopId: parseId(r.boardAt, `${field}.boardAt`),
      dropStopId: parseId(r.getOffAt, `${field}.getOffAt`),
    };
    const on = position.get(rider.stopId);
    const off = position.get(rider.dropStopId);
    if (on === undefined) throw AppError.badInput(`${field}.boardAt is not one of the trip's stops`, `${field}.boardAt`);
    if (off === undefined) throw AppError.badInput(`${field}.getOffAt is not one of the trip's stops`, `${field}.getOffAt`);
    if (off <= on) throw AppError.badInput(`${field} must get off at a stop after the one they board at`, `${field}.getOffAt`);
    return rider;
  });
  if (new Set(riders.map((r) => r.studentId)).size !== riders.length)
    throw AppError.badInput('a student appears twice in riders', 'riders');
  return { stops, riders };
}

/** Minutes since midnight of "HH:MM[:SS]". */
const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
const clockOf = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/**
 * An extra run of a regular route: its stops in the direction's visiting order (their times moved
 * so the first is at `startAt`, when given) and its riders, who get on at their pickup stop and off
 * at the last stop (PICKUP), or on at the first stop and off at their drop stop (DROP), as on the
 * route's own trips.
 */
async function routePlan(
  tx: Db,
  routeId: string,
  direction: string,
  startAt: string | null,
): Promise<{ stops: PlannedStop[]; riders: PlannedRider[] }> {
  const [route] = await routeData.routesByIds(tx, [routeId]);
  if (!route) throw AppError.notFound(`route ${routeId}`);
  if (route.oneOffOn)
    throw AppError.badInput(`route "${route.name}" is a one-off trip's: run it again with its stops and riders`, 'fromRouteId');
  const routeStops = await routeData.routeStopsOf(tx, [routeId]);
  if (routeStops.length < 2) throw AppError.badInput(`route "${route.name}" has fewer than 2 stops`, 'fromRouteId');
  const drop = direction === 'DROP';
  const visits = (drop ? [...routeStops].reverse() : routeStops).map((s) => ({
    stopId: s.stopId,
    time: transportInput.showTime(drop ? s.dropTime : s.pickupTime),
  }));
  const first = visits[0].time;
  const shift = startAt !== null && first !== null ? minutesOf(startAt) - minutesOf(first) : 0;
  const stops = visits.map((v, i) => {
    if (i === 0 && startAt !== null) return { ...v, time: startAt };
    if (v.time === null) return v;
    const at = minutesOf(v.time) + shift;
    if (at < 0 || at >= 24 * 60) throw AppError.badInput(`startAt ${startAt} moves stop ${i + 1} past midnight`, 'startAt');
    return { ...v, time: clockOf(at) };
  });
  const riders = (await routeData.ridersOfRoutes(tx, [routeId])).map((r) =>
    drop
      ? { studentId: r.studentId, stopId: stops[0].stopId, dropStopId: r.dropStopId }
      : { studentId: r.studentId, stopId: r.stopId, dropStopId: stops[stops.length - 1].stopId },
  );
  if (riders.length === 0) throw AppError.badInput(`route "${route.name}" has no riders`, 'fromRouteId');
  return { stops, riders };
}

/** The input's own fields checked; the stops and riders come from `givenPlan` or `routePlan`. */
function parseInput(ctx: TransportContext, input: CreateOneOffTripInput) {
  const name = parseText(input.name, 'name', 100);
  const day = today(ctx.timezone);
  if (input.date < day) throw AppError.badInput(`date ${input.date} is in the past (today is ${day})`, 'date');
  if (input.date > addDays(day, MAX_DAYS_AHEAD)) throw AppError.badInput(`trips are planned at most ${MAX_DAYS_AHEAD} days ahead`, 'date');
  const fromRouteId = input.fromRouteId == null ? null : parseId(input.fromRouteId, 'fromRouteId');
  if (fromRouteId && (input.stops != null || input.riders != null))
    throw AppError.badInput('give fromRouteId or stops and riders, not both', 'fromRouteId');
  if (!fromRouteId && input.startAt != null) throw AppError.badInput('startAt goes with fromRouteId', 'startAt');
  return {
    name,
    date: input.date,
    direction: input.direction as string,
    busId: parseId(input.busId, 'busId'),
    fromRouteId,
    startAt: transportInput.time(input.startAt, 'startAt') ?? null,
    given: fromRouteId ? null : givenPlan(input),
  };
}

export const oneOffTrips = {
  /** Creates the trip, its route, stops and riders in one transaction holding the bus (its seats decide). */
  async create(ctx: TransportContext, input: CreateOneOffTripInput): Promise<TripRow> {
    const parsed = parseInput(ctx, input);
    const trip = await ctx.db.transaction(async (tx) => {
      const p = { ...parsed, ...(parsed.given ?? (await routePlan(tx, parsed.fromRouteId!, parsed.direction, parsed.startAt))) };
      const bus = await fleetData.busForUpdate(tx, p.busId);
      if (!bus) throw AppError.notFound(`bus ${p.busId}`);
      if (!bus.isActive) throw AppError.badInput(`bus ${bus.registrationNo} is not in service`, 'busId');
      if (p.riders.length > bus.capacity)
        throw AppError.badInput(`bus ${bus.registrationNo} seats ${bus.capacity}: ${p.riders.length} riders do not fit`, 'riders');
      const stopIds = p.stops.map((s) => s.stopId);
      const known = new Set((await fleetData.stopsByIds(tx, stopIds)).map((s) => s.id));
      const unknownStop = stopIds.find((id) => !known.has(id));
      if (unknownStop) throw AppError.notFound(`stop ${unknownStop}`);
      const students = await existingStudentIds(
        tx,
        p.riders.map((r) => r.studentId),
      );
      const unknownStudent = p.riders.find((r) => !students.has(r.studentId));
      if (unknownStudent) throw AppError.notFound(`student ${unknownStudent.studentId}`);

      const { schoolId, timezone } = ctx;
      const route = await routeData.insertRoute(tx, { schoolId, name: p.name, busId: bus.id, isActive: false, oneOffOn: p.date });
      // Kept as a route's template is (PICKUP order; a DROP trip visits it backwards), so the trip's stops come out as given.
      const drop = p.direction === 'DROP';
      await routeData.insertRouteStops(
        tx,
        p.stops.map((s, i) => ({
          schoolId,
          routeId: route.id,
          stopId: s.stopId,
          sequence: drop ? p.stops.length - i : i + 1,
          pickupTime: drop ? null : s.time,
          dropTime: drop ? s.time : null,
        })),
      );
      await routeData.insertOneOffRiders(
        tx,
        p.riders.map((r) => ({ schoolId, routeId: route.id, ...r })),
      );
      const [created] = await conflictAs(
        tripData.insertTrips(tx, {
          schoolId,
          date: p.date,
          timezone,
          trips: [{ routeId: route.id, busId: bus.id, direction: p.direction, firstStopTime: p.stops[0].time }],
        }),
        `bus ${bus.registrationNo} already runs a ${p.direction} trip at ${p.stops[0].time} on ${p.date}`,
      );
      await tripData.insertTripStops(tx, {
        schoolId,
        date: p.date,
        timezone,
        stops: p.stops.map((s, i) => ({ tripId: created.id, stopId: s.stopId, sequence: i + 1, time: s.time })),
      });
      return (await tripData.tripsByIds(tx, [created.id]))[0];
    });
    ctx.loaders.trip.prime(trip.id, trip);
    return trip;
  },
};
