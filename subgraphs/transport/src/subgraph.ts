/** The transport subgraph: buses, stops, routes, riders, trips, boarding and drop-off marks, manifests. */
import { defineSubgraph } from '@syncad/subgraph-kit';
import { transportContext } from './context';
import { transportModule } from './modules/transport';

export const subgraph = defineSubgraph({
  name: 'transport',
  port: 4004,
  tenancy: 'school',
  modules: [transportModule],
  context: transportContext,
});
