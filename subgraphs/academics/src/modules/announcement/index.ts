/** The `announcement` module: announcements to the whole school or one class. */
import { defineModule } from '@syncad/subgraph-kit';
import { resolvers } from './resolvers';

export const announcementModule = defineModule(__dirname, { resolvers });
