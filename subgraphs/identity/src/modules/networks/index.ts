/** Networks (permission module `user`): a school's own network ranges, and where its failed sign-ins come from. */
import { defineModule } from '@syncad/subgraph-kit';
import { resolvers } from './resolvers';

export { networkData } from './networkData';

// A STUDENT has no user module flags; nothing here is anybody's own.
export const networksModule = defineModule(__dirname, { guards: 'user', resolvers });
