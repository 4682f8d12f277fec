/** The identity subgraph: signing in and out (module folder `self`), user administration (`user`) and the school's networks (`networks`). */
import { defineSubgraph } from '@syncad/subgraph-kit';
import { identityContext } from './context';
import { identityConfig } from './identityConfig';
import { networksModule } from './modules/networks';
import { selfModule } from './modules/self';
import { userModule } from './modules/user';

export const subgraph = defineSubgraph({
  name: 'identity',
  port: 4001,
  tenancy: 'central',
  modules: [selfModule, userModule, networksModule],
  setup: identityConfig,
  context: identityContext,
});
