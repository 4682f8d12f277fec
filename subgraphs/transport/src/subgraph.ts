/** The transport subgraph: buses, stops, routes, riders, trips, boarding and drop-off marks, manifests. */
import { defineSubgraph } from '@syncad/subgraph-kit';
import { auditModule } from './modules/audit';
import { transportContext } from './context';
import { fleetModule } from './modules/fleet';
import { marksModule } from './modules/marks';
import { routesModule } from './modules/routes';
import { tripsModule } from './modules/trips';

export const subgraph = defineSubgraph({
  name: 'transport',
  port: 4004,
  tenancy: 'school',
  modules: [fleetModule, routesModule, tripsModule, marksModule, auditModule],
  context: transportContext,
});
