/**
 * The identity subgraph: signing in and out (module folder `self`), user administration (`user`),
 * the school's networks (`networks`) and global object identification (`nodes`).
 */
import { defineSubgraph } from '@syncad/subgraph-kit';
import { identityContext } from './context';
import { identityConfig } from './identityConfig';
import { networksModule } from './modules/networks';
import { nodesModule } from './modules/nodes';
import { selfModule } from './modules/self';
import { userModule } from './modules/user';

export const subgraph = defineSubgraph({
  name: 'identity',
  port: 4001,
  tenancy: 'central',
  modules: [selfModule, userModule, networksModule, nodesModule],
  setup: identityConfig,
  context: identityContext,
});
