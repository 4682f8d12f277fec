/** Trips (permission module `transport`): scheduling, running a trip stop by stop, progress and manifests. */
import { defineModule } from '@syncad/subgraph-kit';
import { resolvers } from './resolvers';

export { tripData } from './tripData';

// A STUDENT changes nothing here; the student trips and marks in a trip's answers are scoped by
// the marks module's owned types (StudentTrip, TripMark).
export const tripsModule = defineModule(__dirname, { guards: 'transport', resolvers });
