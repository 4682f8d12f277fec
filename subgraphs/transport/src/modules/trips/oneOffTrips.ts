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
import type { TripRow } from '../../shared/rows';
import { transportInput } from '../../shared/transportInput';
import { fleetData } from '../fleet';
import { routeData } from '../routes';
import { tripData } from './tripData';

const MAX_STOPS = 50;
/** How far ahead a one-off trip is planned, as scheduleTrips plans. */
const MAX_DAYS_AHEAD = 366;

/** The input checked: stops in visiting order, riders with the positions they get on and off at. */
function parseInput(ctx: TransportContext, input: CreateOneOffTripInput) {
  const name = parseText(input.name, 'name', 100);
  const day = today(ctx.timezone);
  if (input.date < day) throw AppError.badInput(`date ${input.date} is in the past (today is ${day})`, 'date');
  if (input.date > addDays(day, MAX_DAYS_AHEAD)) throw AppError.badInput(`trips are planned at most ${MAX_DAYS_AHEAD} days ahead`, 'date');
  if (input.stops.length < 2 || input.stops.length > MAX_STOPS)
    throw AppError.badInput(`a one-off trip has 2 to ${MAX_STOPS} stops`, 'stops');
  const stops = input.stops.map((s, i) => ({
    stopId: parseId(s.stopId, `stops[${i}].stopId`),
    time: transportInput.time(s.time, `stops[${i}].time`) ?? null,
  }));
  const position = new Map(stops.map((s, i) => [s.stopId, i]));
  if (position.size !== stops.length) throw AppError.badInput('a stop appears twice in stops', 'stops');
  if (input.riders.length === 0) throw AppError.badInput('riders must not be empty', 'riders');
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
  return { name, date: input.date, direction: input.direction as string, busId: parseId(input.busId, 'busId'), stops, riders };
}

export const oneOffTrips = {
  /** Creates the trip, its route, stops and riders in one transaction holding the bus (its seats decide). */
  async create(ctx: TransportContext, input: CreateOneOffTripInput): Promise<TripRow> {
    const p = parseInput(ctx, input);
    const trip = await ctx.db.transaction(async (tx) => {
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
