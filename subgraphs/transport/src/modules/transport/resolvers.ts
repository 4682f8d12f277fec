/** Buses, stops, routes, riders, trips, marks and manifests: thin resolvers over the services and loaders. */
import { isUuid } from '@syncad/shared-db';
import type { Resolvers } from '../../generated/graphql';
import { fleetService } from './fleetService';
import { markService } from './markService';
import type { StudentTripModel, TripManifestModel } from './rows';
import { transportInput } from './transportInput';
import { tripService } from './tripService';

const coordinate = (value: string | null) => (value === null ? null : Number(value));
const boarded = (l: StudentTripModel) => l.boarding?.status === 'BOARDED';
const absent = (l: StudentTripModel) => l.boarding?.status === 'ABSENT';
const notMarked = (l: StudentTripModel) => l.boarding === null;
const dropped = (l: StudentTripModel) => l.drop !== null;
const count = (m: TripManifestModel, keep: (l: StudentTripModel) => boolean) => m.students.filter(keep).length;

export const resolvers: Resolvers = {
  Query: {
    trips: (_, args, ctx) => tripService.page(ctx, args),
    trip: (_, { id }, ctx) => tripService.byId(ctx, id),
    buses: (_, args, ctx) => fleetService.busPage(ctx, args),
    bus: (_, { id }, ctx) => fleetService.byId(ctx, id),
    busStops: (_, args, ctx) => fleetService.stopPage(ctx, args),
    busStop: (_, { id }, ctx) => fleetService.stopById(ctx, id),
    busRoutes: (_, args, ctx) => fleetService.routePage(ctx, args),
    busRoute: (_, { id }, ctx) => fleetService.routeById(ctx, id),
    transportHistory: (_, args, ctx) => markService.history(ctx, args),
  },
  Mutation: {
    createBus: (_, { input }, ctx) => fleetService.createBus(ctx, input),
    updateBus: (_, { id, input }, ctx) => fleetService.updateBus(ctx, id, input),
    deleteBus: (_, { id }, ctx) => fleetService.deleteBus(ctx, id),
    createBusStop: (_, { input }, ctx) => fleetService.createStop(ctx, input),
    updateBusStop: (_, { id, input }, ctx) => fleetService.updateStop(ctx, id, input),
    deleteBusStop: (_, { id }, ctx) => fleetService.deleteStop(ctx, id),
    createBusRoute: (_, { input }, ctx) => fleetService.createRoute(ctx, input),
    updateBusRoute: (_, { id, input }, ctx) => fleetService.updateRoute(ctx, id, input),
    deleteBusRoute: (_, { id }, ctx) => fleetService.deleteRoute(ctx, id),
    addRouteStop: (_, { input }, ctx) => fleetService.addRouteStop(ctx, input),
    setRouteStopTimes: (_, { input }, ctx) => fleetService.setRouteStopTimes(ctx, input),
    reorderRouteStops: (_, { routeId, stopIds }, ctx) => fleetService.reorderRouteStops(ctx, routeId, stopIds),
    removeRouteStop: (_, { routeId, stopId }, ctx) => fleetService.removeRouteStop(ctx, routeId, stopId),
    assignStudentTransport: (_, { input }, ctx) => fleetService.assign(ctx, input),
    unassignStudentTransport: (_, { studentId }, ctx) => fleetService.unassign(ctx, studentId),
    scheduleTrips: (_, { date }, ctx) => tripService.schedule(ctx, date),
    startTrip: (_, { tripId }, ctx) => tripService.start(ctx, tripId),
    arriveAtStop: (_, { input }, ctx) => tripService.arrive(ctx, input),
    completeTrip: (_, { tripId }, ctx) => tripService.complete(ctx, tripId),
    cancelTrip: (_, { tripId }, ctx) => tripService.cancel(ctx, tripId),
    markStopStudents: (_, { input }, ctx) => markService.markStop(ctx, input),
  },
  Student: {
    // Academics decides who may see a student; transport only adds fields to the reference.
    __resolveReference: (ref) => ({ id: ref.id }),
    transport: (s, _, ctx) => (isUuid(s.id) ? ctx.loaders.assignment.load(s.id.toLowerCase()) : null),
  },
  Bus: {
    routes: (b, _, ctx) => ctx.loaders.routesOfBus.load(b.id),
  },
  BusStop: {
    latitude: (s) => coordinate(s.latitude),
    longitude: (s) => coordinate(s.longitude),
  },
  BusRoute: {
    bus: (r, _, ctx) => (r.busId ? ctx.loaders.bus.load(r.busId) : null),
    stops: (r, _, ctx) => ctx.loaders.routeStopsOf.load(r.id),
    riderCount: (r, _, ctx) => ctx.loaders.riderCount.load(r.id),
    riders: (r, args, ctx) => fleetService.riderPage(ctx, r, args),
  },
  RouteStop: {
    stop: async (s, _, ctx) => (await ctx.loaders.busStop.load(s.stopId))!,
    pickupTime: (s) => transportInput.showTime(s.pickupTime),
    dropTime: (s) => transportInput.showTime(s.dropTime),
  },
  StudentTransport: {
    student: (a) => ({ id: a.studentId }),
    route: async (a, _, ctx) => (await ctx.loaders.route.load(a.routeId))!,
    pickupStop: async (a, _, ctx) => (await ctx.loaders.busStop.load(a.stopId))!,
    dropStop: async (a, _, ctx) => (await ctx.loaders.busStop.load(a.dropStopId))!,
    todaysPickup: (a, _, ctx) => tripService.todaysTrip(ctx, a, 'PICKUP'),
    todaysDrop: (a, _, ctx) => tripService.todaysTrip(ctx, a, 'DROP'),
  },
  Trip: {
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
  TripMark: {
    stop: (m, _, ctx) => (m.stopId ? ctx.loaders.busStop.load(m.stopId) : null),
    student: (m) => ({ id: m.studentId }),
  },
  StudentTrip: {
    student: (l) => ({ id: l.studentId }),
    assigned: (l) => l.assignment !== null,
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
  StopMarking: {
    stop: async (m, _, ctx) => (await ctx.loaders.busStop.load(m.stopId))!,
    marked: (m) => m.marks.length,
  },
};
