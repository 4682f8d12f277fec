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
    updateBus: (_, { id, input }, ctx) => fleetService.updateBus(ctx, id, input),
    deleteBus: (_, { id }, ctx) => fleetService.deleteBus(ctx, id),
    createBusStop: (_, { input }, ctx) => fleetService.createStop(ctx, input),
    updateBusStop: (_, { id, input }, ctx) => fleetService.updateStop(ctx, id, input),
    deleteBusStop: (_, { id }, ctx) => fleetService.deleteStop(ctx, id),
  },
  BusStop: {
    latitude: (s) => coordinate(s.latitude),
    longitude: (s) => coordinate(s.longitude),
  },
};
