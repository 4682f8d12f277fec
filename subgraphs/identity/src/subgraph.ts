/** The identity subgraph: signing in and out (module folder `self`) and user administration (`user`). */
import { defineSubgraph } from '@syncad/subgraph-kit';
import { identityContext } from './context';
import { identityConfig } from './identityConfig';
import { selfModule } from './modules/self';
import { userModule } from './modules/user';

export const subgraph = defineSubgraph({
  name: 'identity',
  port: 4001,
  tenancy: 'central',
  modules: [selfModule, userModule],
  setup: identityConfig,
  context: identityContext,
});
