/**
 * The network: routes and their ordered stops, and which students ride which route. Owns the
 * rules: a route's riders never outnumber its bus's seats, a stop in use stays on its route, and
 * unknown ids are NOT_FOUND before anything is written.
 */
import { existingStudentIds } from '@syncad/shared-db';
import {
  connectionOfList,
  keysetConnection,
  parseId,
  parseOptionalText,
  parseText,
  type Connection,
  type PageArgs,
} from '@syncad/subgraph-kit';
import { AppError } from '@syncad/platform';
import type { TransportContext } from '../../context';
import type {
  AddRouteStopInput,
  AssignStudentTransportInput,
  CreateBusRouteInput,
  QueryBusRoutesArgs,
  RouteStopInput,
  SetRouteStopTimesInput,
  UpdateBusRouteInput,
} from '../../generated/graphql';
import type { BusRouteRow, BusRow, BusStopRow, Db, RouteStopRow, StudentTransportRow } from '../../shared/rows';
import { MAX_ROUTE_STOPS, MAX_ROUTES_PER_BUS, refusedWhileUsed, transportInput } from '../../shared/transportInput';
import { fleetData } from '../fleet';
import { ifVisible, ownRoute } from '../../shared/ownRoute';
import { ROUTE_ORDER, routeData, type RouteWithBus } from './routeData';

const ROUTES_LIST = 'busRoutes';
const RIDERS_LIST = 'routeRiders';

function capacityRefusal(route: { name: string }, bus: { registrationNo: string; capacity: number }, riders: number): AppError {
  return AppError.conflict(
    `route "${route.name}" is full: its bus ${bus.registrationNo} seats ${bus.capacity} and ${riders} student(s) are assigned`,
  );
}

/** The bus, locked for the rest of the transaction, if it can take one more route; NOT_FOUND or CONFLICT otherwise. */
async function busForNewRoute(tx: Db, busId: string): Promise<BusRow> {
  const bus = await fleetData.busForUpdate(tx, busId);
  if (!bus) throw AppError.notFound(`bus ${busId}`);
  if ((await routeData.routeCountOfBus(tx, busId)) >= MAX_ROUTES_PER_BUS) {
    throw AppError.conflict(`bus ${bus.registrationNo} already runs ${MAX_ROUTES_PER_BUS} routes, the most a bus may run`);
  }
  return bus;
}

/** The route, locked for the rest of the transaction, or NOT_FOUND. */
/** The route, locked, for a change of the route itself or its riders: a one-off trip's route changes only with its trip. */
async function lockedRoute(tx: Db, routeId: string): Promise<RouteWithBus> {
  const found = await routeData.routeForUpdate(tx, routeId);
  if (!found) throw AppError.notFound(`route ${routeId}`);
  if (found.route.oneOffOn)
    throw AppError.conflict(
      `route "${found.route.name}" was made for a one-off trip on ${found.route.oneOffOn}: it is not changed on its own`,
    );
  return found;
}

/** Every id names a stop of the school, or NOT_FOUND naming the first that does not. */
async function requireStops(db: Db, stopIds: readonly string[]): Promise<BusStopRow[]> {
  const unique = [...new Set(stopIds)];
  const rows = unique.length === 0 ? [] : await fleetData.stopsByIds(db, unique);
  const missing = unique.find((id) => !rows.some((r) => r.id === id));
  if (missing) throw AppError.notFound(`stop ${missing}`);
  return rows;
}

/** The stop's place on the route; NOT_FOUND for an unknown stop, BAD_USER_INPUT for one not on the route. */
async function requireStopOnRoute(
  db: Db,
  route: BusRouteRow,
  stops: RouteStopRow[],
  stopId: string,
  field = 'stopId',
): Promise<RouteStopRow> {
  const onRoute = stops.find((s) => s.stopId === stopId);
  if (onRoute) return onRoute;
  await requireStops(db, [stopId]);
  throw AppError.badInput(`stop ${stopId} is not on route "${route.name}"`, field);
}

function routeStopTimes(input: RouteStopInput | AddRouteStopInput, field: string) {
  return {
    pickupTime: transportInput.time(input.pickupTime, `${field}.pickupTime`) ?? null,
    dropTime: transportInput.time(input.dropTime, `${field}.dropTime`) ?? null,
  };
}

export const routeService = {
  // Routes
  async routePage(ctx: TransportContext, args: QueryBusRoutesArgs): Promise<Connection<BusRouteRow>> {
    const scope = ownRoute(ctx);
    if (scope) {
      const routeIds = [...((await scope)?.routeIds ?? [])];
      const routes = (await ctx.loaders.route.loadMany(routeIds)).filter((r): r is BusRouteRow => r != null && !(r instanceof Error));
      return connectionOfList(ctx.cursors, ROUTES_LIST, args, routes);
    }
    const filter = { includeInactive: args.includeInactive ?? false };
    return keysetConnection(
      ctx.cursors,
      ROUTES_LIST,
      args,
      ROUTE_ORDER,
      (slice) => routeData.routes(ctx.db, filter, slice),
      () => routeData.countRoutes(ctx.db, filter),
      (r) => [r.name, r.id],
    );
  },

  async routeById(ctx: TransportContext, id: string): Promise<BusRouteRow | null> {
    return ifVisible(ctx, await ctx.loaders.route.load(parseId(id, 'id')), (own, route) => own.routeIds.has(route.id));
  },

  /** Creates a route and its stops (in PICKUP order) in one transaction. */
  async createRoute(ctx: TransportContext, input: CreateBusRouteInput): Promise<BusRouteRow> {
    const name = parseText(input.name, 'name', 100);
    const description = parseOptionalText(input.description, 'description', 500) ?? null;
    const busId = input.busId == null ? null : parseId(input.busId, 'busId');
    const stops = (input.stops ?? []).map((s, i) => ({
      stopId: parseId(s.stopId, `stops[${i}].stopId`),
      ...routeStopTimes(s, `stops[${i}]`),
    }));
    if (stops.length > MAX_ROUTE_STOPS) throw AppError.badInput(`a route has at most ${MAX_ROUTE_STOPS} stops`, 'stops');
    if (new Set(stops.map((s) => s.stopId)).size !== stops.length) throw AppError.badInput('a stop appears twice in stops', 'stops');
    await requireStops(
      ctx.db,
      stops.map((s) => s.stopId),
    );
    return ctx.db.transaction(async (tx) => {
      if (busId) await busForNewRoute(tx, busId);
      const route = await routeData.insertRoute(tx, { schoolId: ctx.schoolId, name, description, busId });
      await routeData.insertRouteStops(
        tx,
        stops.map((s, i) => ({ schoolId: ctx.schoolId, routeId: route.id, sequence: i + 1, ...s })),
      );
      return route;
    });
  },

  /** Changes a route; a new bus must exist and seat its riders, and a route with riders keeps a bus. */
  async updateRoute(ctx: TransportContext, id: string, input: Omit<UpdateBusRouteInput, 'id'>): Promise<BusRouteRow> {
    const routeId = parseId(id, 'id');
    if (input.name === null) throw AppError.badInput('name cannot be removed', 'name');
    if (input.isActive === null) throw AppError.badInput('isActive cannot be removed', 'isActive');
    const busId = input.busId == null ? input.busId : parseId(input.busId, 'busId');
    const values = {
      name: input.name == null ? undefined : parseText(input.name, 'name', 100),
      description: parseOptionalText(input.description, 'description', 500),
      isActive: input.isActive ?? undefined,
      busId,
    };
    return ctx.db.transaction(async (tx) => {
      const { route } = await lockedRoute(tx, routeId);
      if (busId !== undefined && busId !== route.busId) {
        const riders = await routeData.riderCount(tx, routeId);
        if (busId === null) {
          if (riders > 0) throw AppError.conflict(`route "${route.name}" has ${riders} student(s) assigned: it keeps a bus`);
        } else {
          const bus = await busForNewRoute(tx, busId);
          if (riders > bus.capacity) throw capacityRefusal(route, bus, riders);
        }
      }
      return (await routeData.updateRoute(tx, routeId, values))!;
    });
  },

  async deleteRoute(ctx: TransportContext, id: string): Promise<string> {
    const routeId = parseId(id, 'id');
    const deleted = await refusedWhileUsed(
      routeData.deleteRoute(ctx.db, routeId),
      'this route has students assigned or trips: deactivate it instead (updateBusRoute with isActive: false)',
    );
    if (!deleted) throw AppError.notFound(`route ${id}`);
    return routeId;
  },

  /** Puts a stop on a route at `position` (the end by default); later stops move down one. */
  async addRouteStop(ctx: TransportContext, input: AddRouteStopInput): Promise<BusRouteRow> {
    const routeId = parseId(input.routeId, 'routeId');
    const stopId = parseId(input.stopId, 'stopId');
    const times = routeStopTimes(input, 'input');
    return ctx.db.transaction(async (tx) => {
      const { route } = await lockedRoute(tx, routeId);
      await requireStops(tx, [stopId]);
      const stops = await routeData.routeStopsOf(tx, [routeId]);
      if (stops.some((s) => s.stopId === stopId)) throw AppError.conflict(`this stop is already on route "${route.name}"`);
      if (stops.length >= MAX_ROUTE_STOPS)
        throw AppError.conflict(`route "${route.name}" already has ${MAX_ROUTE_STOPS} stops, the most a route may have`);
      const position = input.position ?? stops.length + 1;
      if (!Number.isInteger(position) || position < 1 || position > stops.length + 1) {
        throw AppError.badInput(`position must be from 1 to ${stops.length + 1}`, 'position');
      }
      await routeData.insertRouteStops(tx, [{ schoolId: ctx.schoolId, routeId, stopId, sequence: stops.length + 1, ...times }]);
      if (position <= stops.length) {
        const order = stops.map((s) => s.stopId);
        order.splice(position - 1, 0, stopId);
        await routeData.renumberRouteStops(tx, routeId, order);
      }
      return route;
    });
  },

  async setRouteStopTimes(ctx: TransportContext, input: SetRouteStopTimesInput): Promise<BusRouteRow> {
    const routeId = parseId(input.routeId, 'routeId');
    const stopId = parseId(input.stopId, 'stopId');
    const times = {
      pickupTime: transportInput.time(input.pickupTime, 'pickupTime') ?? null,
      dropTime: transportInput.time(input.dropTime, 'dropTime') ?? null,
    };
    return ctx.db.transaction(async (tx) => {
      const { route } = await lockedRoute(tx, routeId);
      await requireStopOnRoute(tx, route, await routeData.routeStopsOf(tx, [routeId]), stopId);
      await routeData.setRouteStopTimes(tx, routeId, stopId, times);
      return route;
    });
  },

  /** Puts the route's stops in the order given: every stop of the route, once. */
  async reorderRouteStops(ctx: TransportContext, routeIdArg: string, stopIdsArg: readonly string[]): Promise<BusRouteRow> {
    const routeId = parseId(routeIdArg, 'routeId');
    const stopIds = stopIdsArg.map((s, i) => parseId(s, `stopIds[${i}]`));
    return ctx.db.transaction(async (tx) => {
      const { route } = await lockedRoute(tx, routeId);
      const stops = await routeData.routeStopsOf(tx, [routeId]);
      for (const [i, stopId] of stopIds.entries()) await requireStopOnRoute(tx, route, stops, stopId, `stopIds[${i}]`);
      if (new Set(stopIds).size !== stopIds.length || stopIds.length !== stops.length) {
        throw AppError.badInput(`stopIds must list each of the route's ${stops.length} stops exactly once`, 'stopIds');
      }
      await routeData.renumberRouteStops(tx, routeId, stopIds);
      return route;
    });
  },

  /** Takes a stop off a route, unless riders board or get off there. */
  async removeRouteStop(ctx: TransportContext, routeIdArg: string, stopIdArg: string): Promise<BusRouteRow> {
    const routeId = parseId(routeIdArg, 'routeId');
    const stopId = parseId(stopIdArg, 'stopId');
    return ctx.db.transaction(async (tx) => {
      const { route } = await lockedRoute(tx, routeId);
      const stops = await routeData.routeStopsOf(tx, [routeId]);
      await requireStopOnRoute(tx, route, stops, stopId);
      const riders = await routeData.ridersUsingStop(tx, routeId, stopId);
      if (riders > 0) {
        throw AppError.conflict(
          `${riders} student(s) of route "${route.name}" board or get off at this stop: assign them other stops first`,
        );
      }
      await routeData.deleteRouteStop(tx, routeId, stopId);
      await routeData.renumberRouteStops(
        tx,
        routeId,
        stops.filter((s) => s.stopId !== stopId).map((s) => s.stopId),
      );
      return route;
    });
  },

  // Riders
  /**
   * A page of the route's riders in the order they were assigned (the caller's own assignment only,
   * for a STUDENT): the riders of every route asked for come in one statement, a route's are at
   * most its bus's seats, and the page is cut from them.
   */
  async riderPage(ctx: TransportContext, route: BusRouteRow, args: PageArgs): Promise<Connection<StudentTransportRow>> {
    return connectionOfList(ctx.cursors, RIDERS_LIST, args, await ctx.loaders.ridersOf.load(route.id));
  },

  /**
   * Assigns a student to a route with a pickup and a drop stop (both on the route), replacing an
   * earlier assignment. The route and its bus are locked, so concurrent assignments cannot
   * together overfill the bus.
   */
  async assign(ctx: TransportContext, input: AssignStudentTransportInput): Promise<StudentTransportRow> {
    const studentId = parseId(input.studentId, 'studentId');
    const routeId = parseId(input.routeId, 'routeId');
    const pickupStopId = parseId(input.pickupStopId, 'pickupStopId');
    const dropStopId = input.dropStopId == null ? pickupStopId : parseId(input.dropStopId, 'dropStopId');
    return ctx.db.transaction(async (tx) => {
      const { route, bus } = await lockedRoute(tx, routeId);
      if (!(await existingStudentIds(tx, [studentId])).has(studentId)) throw AppError.notFound(`student ${studentId}`);
      const stops = await routeData.routeStopsOf(tx, [routeId]);
      await requireStopOnRoute(tx, route, stops, pickupStopId, 'pickupStopId');
      await requireStopOnRoute(tx, route, stops, dropStopId, 'dropStopId');
      if (!route.isActive) throw AppError.badInput(`route "${route.name}" is not active`, 'routeId');
      if (!bus) throw AppError.conflict(`route "${route.name}" has no bus: assign it a bus first`);
      // Locks the bus too: a capacity change waits for this assignment, and the reverse.
      const seats = (await fleetData.busForUpdate(tx, bus.id))!;
      const others = await routeData.otherRiders(tx, routeId, studentId);
      if (others + 1 > seats.capacity) throw capacityRefusal(route, seats, others);
      return routeData.upsertAssignment(tx, { schoolId: ctx.schoolId, studentId, routeId, stopId: pickupStopId, dropStopId });
    });
  },

  async unassign(ctx: TransportContext, studentIdArg: string): Promise<string> {
    const studentId = parseId(studentIdArg, 'studentId');
    if (!(await routeData.deleteAssignment(ctx.db, studentId))) throw AppError.notFound(`transport assignment of student ${studentId}`);
    return studentId;
  },
};
