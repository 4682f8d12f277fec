/** Routes, their stops and riders, and the transport of a student: thin resolvers over the service and loaders. */
import { isUuid } from '@syncad/shared-db';
import { ownRoute } from '../../shared/ownRoute';
import type { Resolvers } from '../../generated/graphql';
import { transportInput } from '../../shared/transportInput';
import { routeService } from './routeService';

export const resolvers: Resolvers = {
  Query: {
    busRoutes: (_, args, ctx) => routeService.routePage(ctx, args),
    busRoute: (_, { id }, ctx) => routeService.routeById(ctx, id),
  },
  Mutation: {
    createBusRoute: (_, { input }, ctx) => routeService.createRoute(ctx, input),
    updateBusRoute: (_, { input: { id, ...changes } }, ctx) => routeService.updateRoute(ctx, id, changes),
    deleteBusRoute: async (_, { input: { id } }, ctx) => ctx.globalIds.seal('BusRoute', await routeService.deleteRoute(ctx, id)),
    addRouteStop: (_, { input }, ctx) => routeService.addRouteStop(ctx, input),
    setRouteStopTimes: (_, { input }, ctx) => routeService.setRouteStopTimes(ctx, input),
    reorderRouteStops: (_, { input: { routeId, stopIds } }, ctx) => routeService.reorderRouteStops(ctx, routeId, stopIds),
    removeRouteStop: (_, { input: { routeId, stopId } }, ctx) => routeService.removeRouteStop(ctx, routeId, stopId),
    assignStudentTransport: (_, { input }, ctx) => routeService.assign(ctx, input),
    unassignStudentTransport: async (_, { input: { studentId } }, ctx) =>
      ctx.globalIds.seal('Student', await routeService.unassign(ctx, studentId)),
  },
  Student: {
    // Academics decides who may see a student; transport only adds fields to the reference.
    __resolveReference: (ref) => ({ id: ref.id }),
    transport: (s, _, ctx) => (isUuid(s.id) ? ctx.loaders.assignment.load(s.id.toLowerCase()) : null),
  },
  Bus: {
    // A self-scoped caller sees only their own students' routes of the bus.
    routes: async (b, _, ctx) => {
      const routes = await ctx.loaders.routesOfBus.load(b.id);
      const scope = ownRoute(ctx);
      if (!scope) return routes;
      const own = await scope;
      return routes.filter((r) => own?.routeIds.has(r.id));
    },
  },
  BusRoute: {
    __resolveReference: (ref, ctx) => routeService.routeById(ctx, ref.id),
    bus: (r, _, ctx) => (r.busId ? ctx.loaders.bus.load(r.busId) : null),
    stops: (r, _, ctx) => ctx.loaders.routeStopsOf.load(r.id),
    // A self-scoped caller counts only their own students (the riders they can see).
    riderCount: async (r, _, ctx) =>
      ctx.caller.selfScoped ? (await ctx.loaders.ridersOf.load(r.id)).length : ctx.loaders.riderCount.load(r.id),
    riders: (r, args, ctx) => routeService.riderPage(ctx, r, args),
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
  },
};
