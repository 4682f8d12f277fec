/** The `message` module: threads between members of the school (students take part too). */
import { defineModule } from '@syncad/subgraph-kit';
import { resolvers } from './resolvers';

export { messageLoaders } from './loaders';

export const messageModule = defineModule(__dirname, {
  resolvers,
  selfScope: { mutations: ['startThread', 'sendMessage', 'markThreadRead', 'addThreadParticipants', 'removeThreadParticipant'] },
});
