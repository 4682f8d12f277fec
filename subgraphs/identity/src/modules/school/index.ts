/** The school's own details and settings: read by any member, changed by those with user:write. */
import { defineModule } from '@syncad/subgraph-kit';
import { resolvers } from './resolvers';

// A STUDENT reads the school's details (`self`) and changes nothing here.
export const schoolModule = defineModule(__dirname, { guards: 'user', resolvers });
