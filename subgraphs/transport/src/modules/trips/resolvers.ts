/** Trips, their progress, manifests and schedules: thin resolvers over the service and loaders. */
import type { Resolvers } from '../../generated/graphql';
import type { StudentTripModel, TripManifestModel } from '../../shared/rows';
import { oneOffTrips } from './oneOffTrips';
import { tripService } from './tripService';

const boarded = (l: StudentTripModel) => l.boarding?.status === 'BOARDED';
const absent = (l: StudentTripModel) => l.boarding?.status === 'ABSENT';
const notMarked = (l: StudentTripModel) => l.boarding === null;
const dropped = (l: StudentTripModel) => l.drop !== null;
const count = (m: TripManifestModel, keep: (l: StudentTripModel) => boolean) => m.students.filter(keep).length;

export const resolvers: Resolvers = {
  Query: {
    trips: (_, args, ctx) => tripService.page(ctx, args),
    trip: (_, { id }, ctx) => tripService.byId(ctx, id),
  },
  Mutation: {
    scheduleTrips: (_, { input: { date } }, ctx) => tripService.schedule(ctx, date),
    startTrip: (_, { input: { tripId } }, ctx) => tripService.start(ctx, tripId),
    arriveAtStop: (_, { input }, ctx) => tripService.arrive(ctx, input),
    completeTrip: (_, { input: { tripId } }, ctx) => tripService.complete(ctx, tripId),
    cancelTrip: (_, { input: { tripId } }, ctx) => tripService.cancel(ctx, tripId),
    createOneOffTrip: (_, { input }, ctx) => oneOffTrips.create(ctx, input),
  },
  StudentTransport: {
    todaysPickup: (a, _, ctx) => tripService.todaysTrip(ctx, a, 'PICKUP'),
    todaysDrop: (a, _, ctx) => tripService.todaysTrip(ctx, a, 'DROP'),
  },
  Trip: {
    __resolveReference: (ref, ctx) => tripService.byId(ctx, ref.id),
    route: async (t, _, ctx) => (await ctx.loaders.route.load(t.routeId))!,
    bus: async (t, _, ctx) => (await ctx.loaders.bus.load(t.busId))!,
    stops: (t, _, ctx) => ctx.loaders.tripStopsOf.load(t.id),
    progress: (t, _, ctx) => tripService.progress(ctx, t),
    manifest: (t, _, ctx) => tripService.manifest(ctx, t),
  },
  TripStop: {
    stop: async (s, _, ctx) => (await ctx.loaders.busStop.load(s.stopId))!,
  },
  TripProgress: {
    stopCount: (p) => p.stops.length,
    stopsReached: (p) => p.stops.filter((s) => s.arrivedAt !== null).length,
    stopsSkipped: (p) => p.stops.filter((s) => s.skipped).length,
    currentStop: (p) => p.stops.findLast((s) => s.arrivedAt !== null) ?? null,
    nextStop: (p) => {
      const passed = p.stops.findLastIndex((s) => s.arrivedAt !== null || s.skipped);
      return p.stops[passed + 1] ?? null;
    },
    expected: (p) => p.counts.expected,
    boarded: (p) => p.counts.boarded,
    absent: (p) => p.counts.absent,
    dropped: (p) => p.counts.dropped,
    onBoard: (p) => p.counts.boarded - p.counts.dropped,
    notMarked: (p) => p.counts.notMarked,
  },
  TripManifest: {
    expectedCount: (m) => m.students.length,
    boardedCount: (m) => count(m, boarded),
    absentCount: (m) => count(m, absent),
    notMarkedCount: (m) => count(m, notMarked),
    droppedCount: (m) => count(m, dropped),
    boardedNotDropped: (m) => m.students.filter((l) => boarded(l) && !dropped(l)),
  },
  ManifestStop: {
    stop: async (s, _, ctx) => (await ctx.loaders.busStop.load(s.stopId))!,
    boarded: (s) => s.expected.filter(boarded),
    absent: (s) => s.expected.filter(absent),
    notMarked: (s) => s.expected.filter(notMarked),
    dropped: (s) => s.expected.filter(dropped),
  },
  TripSchedule: {
    trips: (s, args, ctx) => tripService.page(ctx, { ...args, date: s.date }),
  },
};
