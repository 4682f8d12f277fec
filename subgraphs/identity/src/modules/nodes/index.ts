/**
 * Global object identification (the Relay specification): the `Node` interface and `node(id:)` /
 * `nodes(ids:)`. Its fields are `self`: any signed-in caller; each type's own fields keep their rules.
 */
import { defineModule } from '@syncad/subgraph-kit';
import { resolvers } from './resolvers';

export const nodesModule = defineModule(__dirname, { guards: 'self', resolvers });
