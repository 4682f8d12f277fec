/** Boarding and drop marks, and a student's transport history: thin resolvers over the service and loaders. */
import type { Resolvers } from '../../generated/graphql';
import { markService } from './markService';
import { transportAggregate } from './transportAggregate';

export const resolvers: Resolvers = {
  Query: {
    transportHistory: (_, args, ctx) => markService.history(ctx, args),
    transportAggregate: (_, { input }, ctx) => transportAggregate(ctx, input),
  },
  Mutation: {
    markStopStudents: (_, { input }, ctx) => markService.markStop(ctx, input),
    correctTripMark: (_, { input }, ctx) => markService.correct(ctx, input),
  },
  TripMark: {
    stop: (m, _, ctx) => (m.stopId ? ctx.loaders.busStop.load(m.stopId) : null),
    student: (m) => ({ id: m.studentId }),
    markedBy: (m) => (m.markedBy ? { id: m.markedBy } : null),
  },
  StudentTrip: {
    student: (l) => ({ id: l.studentId }),
    assigned: (l) => l.assignment !== null,
  },
  StopMarking: {
    stop: async (m, _, ctx) => (await ctx.loaders.busStop.load(m.stopId))!,
    marked: (m) => m.marks.length,
  },
  TransportGroupKey: {
    route: (k, _, ctx) => (k.route ? ctx.loaders.route.load(k.route) : null),
    stop: (k, _, ctx) => (k.stop ? ctx.loaders.busStop.load(k.stop) : null),
  },
};
