/**
 * The identity subgraph: signing in and out (module folder `self`), user administration (`user`),
 * account lifecycle (`accounts`), guardians and their links to students (`guardians`: the one
 * part that reads and writes the caller's school database, hence `schoolAccess`), the school's
 * details (`school`), the school's networks (`networks`), global object identification (`nodes`) and the
 * playground's saved queries (`savedQueries`).
 */
import { defineSubgraph } from '@syncad/subgraph-kit';
import { auditModule } from './modules/audit';
import { accountsModule } from './modules/accounts';
import { guardiansModule } from './modules/guardians';
import { savedQueriesModule } from './modules/savedQueries';
import { identityContext } from './context';
import { identityConfig } from './identityConfig';
import { networksModule } from './modules/networks';
import { nodesModule } from './modules/nodes';
import { schoolModule } from './modules/school';
import { selfModule } from './modules/self';
import { userModule } from './modules/user';

export const subgraph = defineSubgraph({
  name: 'identity',
  port: 4001,
  tenancy: 'central',
  schoolAccess: true,
  modules: [
    selfModule,
    userModule,
    accountsModule,
    guardiansModule,
    schoolModule,
    networksModule,
    nodesModule,
    auditModule,
    savedQueriesModule,
  ],
  setup: identityConfig,
  context: identityContext,
});
