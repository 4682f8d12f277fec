/** Buses and stops: thin resolvers over the service. */
import type { Resolvers } from '../../generated/graphql';
import { fleetService } from './fleetService';

const coordinate = (value: string | null) => (value === null ? null : Number(value));

export const resolvers: Resolvers = {
  Query: {
    buses: (_, args, ctx) => fleetService.busPage(ctx, args),
    bus: (_, { id }, ctx) => fleetService.byId(ctx, id),
    busStops: (_, args, ctx) => fleetService.stopPage(ctx, args),
    busStop: (_, { id }, ctx) => fleetService.stopById(ctx, id),
  },
  Mutation: {
    createBus: (_, { input }, ctx) => fleetService.createBus(ctx, input),
    updateBus: (_, { input: { id, ...changes } }, ctx) => fleetService.updateBus(ctx, id, changes),
    deleteBus: async (_, { input: { id } }, ctx) => ctx.globalIds.seal('Bus', await fleetService.deleteBus(ctx, id)),
    createBusStop: (_, { input }, ctx) => fleetService.createStop(ctx, input),
    updateBusStop: (_, { input: { id, ...changes } }, ctx) => fleetService.updateStop(ctx, id, changes),
    deleteBusStop: async (_, { input: { id } }, ctx) => ctx.globalIds.seal('BusStop', await fleetService.deleteStop(ctx, id)),
  },
  Bus: {
    __resolveReference: (ref, ctx) => fleetService.byId(ctx, ref.id),
  },
  BusStop: {
    __resolveReference: (ref, ctx) => fleetService.stopById(ctx, ref.id),
    latitude: (s) => coordinate(s.latitude),
    longitude: (s) => coordinate(s.longitude),
  },
};
