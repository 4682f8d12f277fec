/**
 * The fleet: buses and stops. Owns the rules: a bus's seats never drop below the riders of its
 * routes, a stop in use stays, and unknown ids are NOT_FOUND before anything is written.
 */
import { connectionOfList, keysetConnection, parseId, parseOptionalText, parseText, today, type Connection } from '@syncad/subgraph-kit';
import { AppError, conflictAs } from '@syncad/platform';
import type { TransportContext } from '../../context';
import type { BusStopInput, CreateBusInput, QueryBusesArgs, QueryBusStopsArgs, UpdateBusInput } from '../../generated/graphql';
import type { BusRow, BusStopRow } from '../../shared/rows';
import { ifVisible, ownRoute } from '../../shared/ownRoute';
import { refusedWhileUsed, transportInput } from '../../shared/transportInput';
import { BUS_ORDER, fleetData, STOP_ORDER } from './fleetData';

const BUSES_LIST = 'buses';
const STOPS_LIST = 'busStops';

function busConflicts(registrationNo: string | undefined): string {
  return `registration number "${registrationNo}" is already used by another bus of this school`;
}

export const fleetService = {
  // Buses
  async busPage(ctx: TransportContext, args: QueryBusesArgs): Promise<Connection<BusRow>> {
    const scope = ownRoute(ctx);
    if (scope) {
      const busIds = [...((await scope)?.busIds ?? [])];
      const buses = (await ctx.loaders.bus.loadMany(busIds)).filter((b): b is BusRow => b != null && !(b instanceof Error));
      return connectionOfList(ctx.cursors, BUSES_LIST, args, buses);
    }
    const filter = { includeInactive: args.includeInactive ?? false };
    return keysetConnection(
      ctx.cursors,
      BUSES_LIST,
      args,
      BUS_ORDER,
      (slice) => fleetData.buses(ctx.db, filter, slice),
      () => fleetData.countBuses(ctx.db, filter),
      (b) => [b.registrationNo, b.id],
    );
  },

  async byId(ctx: TransportContext, id: string): Promise<BusRow | null> {
    return ifVisible(ctx, await ctx.loaders.bus.load(parseId(id, 'id')), (route, bus) => route.busIds.has(bus.id));
  },

  createBus(ctx: TransportContext, input: CreateBusInput): Promise<BusRow> {
    const registrationNo = parseText(input.registrationNo, 'registrationNo', 30);
    return conflictAs(
      fleetData.insertBus(ctx.db, {
        schoolId: ctx.schoolId,
        registrationNo,
        capacity: transportInput.capacity(input.capacity),
        driverName: parseOptionalText(input.driverName, 'driverName', 100) ?? null,
        driverPhone: parseOptionalText(input.driverPhone, 'driverPhone', 20) ?? null,
      }),
      busConflicts(registrationNo),
    );
  },

  /** Changes a bus; a smaller capacity must still seat the riders of every route it runs and of every one-off trip still to come. */
  async updateBus(ctx: TransportContext, id: string, input: Omit<UpdateBusInput, 'id'>): Promise<BusRow> {
    const busId = parseId(id, 'id');
    if (input.registrationNo === null) throw AppError.badInput('registrationNo cannot be removed', 'registrationNo');
    if (input.capacity === null) throw AppError.badInput('capacity cannot be removed', 'capacity');
    if (input.isActive === null) throw AppError.badInput('isActive cannot be removed', 'isActive');
    const values = {
      registrationNo: input.registrationNo == null ? undefined : parseText(input.registrationNo, 'registrationNo', 30),
      capacity: input.capacity == null ? undefined : transportInput.capacity(input.capacity),
      driverName: parseOptionalText(input.driverName, 'driverName', 100),
      driverPhone: parseOptionalText(input.driverPhone, 'driverPhone', 20),
      isActive: input.isActive ?? undefined,
    };
    return ctx.db.transaction(async (tx) => {
      const bus = await fleetData.busForUpdate(tx, busId);
      if (!bus) throw AppError.notFound(`bus ${id}`);
      if (values.capacity !== undefined && values.capacity < bus.capacity) {
        const fullest = await fleetData.mostRidersOnRoutesOf(tx, busId, today(ctx.timezone));
        if (fullest && fullest.riders > values.capacity) {
          throw AppError.conflict(
            `bus ${bus.registrationNo} cannot seat only ${values.capacity}: route "${fullest.routeName}" has ${fullest.riders} students assigned`,
          );
        }
      }
      return (await conflictAs(fleetData.updateBus(tx, busId, values), busConflicts(values.registrationNo)))!;
    });
  },

  async deleteBus(ctx: TransportContext, id: string): Promise<string> {
    const busId = parseId(id, 'id');
    const deleted = await refusedWhileUsed(
      fleetData.deleteBus(ctx.db, busId),
      'this bus runs a route or has trips: deactivate it instead (updateBus with isActive: false)',
    );
    if (!deleted) throw AppError.notFound(`bus ${id}`);
    return busId;
  },

  // Stops
  async stopPage(ctx: TransportContext, args: QueryBusStopsArgs): Promise<Connection<BusStopRow>> {
    const search = args.search?.trim();
    if (search && search.length > 100) throw AppError.badInput('search must be at most 100 characters', 'search');
    const scope = ownRoute(ctx);
    if (scope) {
      const stops = await ctx.loaders.busStop.loadMany([...((await scope)?.stopIds ?? [])]);
      const named = stops.filter(
        (s): s is BusStopRow => s !== null && !(s instanceof Error) && (!search || s.name.toLowerCase().includes(search.toLowerCase())),
      );
      return connectionOfList(
        ctx.cursors,
        STOPS_LIST,
        args,
        named.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id)),
      );
    }
    const filter = { search: search || undefined };
    return keysetConnection(
      ctx.cursors,
      STOPS_LIST,
      args,
      STOP_ORDER,
      (slice) => fleetData.stops(ctx.db, filter, slice),
      () => fleetData.countStops(ctx.db, filter),
      (s) => [s.name, s.id],
    );
  },

  async stopById(ctx: TransportContext, id: string): Promise<BusStopRow | null> {
    return ifVisible(ctx, await ctx.loaders.busStop.load(parseId(id, 'id')), (route, stop) => route.stopIds.has(stop.id));
  },

  createStop(ctx: TransportContext, input: BusStopInput): Promise<BusStopRow> {
    if (input.name == null) throw AppError.badInput('a new stop needs a name', 'name');
    return fleetData.insertStop(ctx.db, {
      schoolId: ctx.schoolId,
      name: parseText(input.name, 'name', 100),
      address: parseOptionalText(input.address, 'address', 500) ?? null,
      ...transportInput.coordinates(input.latitude, input.longitude),
    });
  },

  async updateStop(ctx: TransportContext, id: string, input: BusStopInput): Promise<BusStopRow> {
    const stopId = parseId(id, 'id');
    if (input.name === null) throw AppError.badInput('name cannot be removed', 'name');
    const row = await fleetData.updateStop(ctx.db, stopId, {
      name: input.name == null ? undefined : parseText(input.name, 'name', 100),
      address: parseOptionalText(input.address, 'address', 500),
      ...transportInput.coordinates(input.latitude, input.longitude),
    });
    if (!row) throw AppError.notFound(`stop ${id}`);
    return row;
  },

  async deleteStop(ctx: TransportContext, id: string): Promise<string> {
    const stopId = parseId(id, 'id');
    const deleted = await refusedWhileUsed(
      fleetData.deleteStop(ctx.db, stopId),
      'this stop is on a route, a rider boards or gets off there, or a trip went there: it stays',
    );
    if (!deleted) throw AppError.notFound(`stop ${id}`);
    return stopId;
  },
};
