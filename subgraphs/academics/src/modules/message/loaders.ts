/** The message module's DataLoaders. */
import { loaderOfGroups, perArgument, type SchoolRequestContext } from '@syncad/subgraph-kit';
import { messageData } from './messageData';

export function messageLoaders({ db }: SchoolRequestContext) {
  const messagesOf = perArgument((last) => loaderOfGroups((ids) => messageData.latest(db, ids, Number(last)), (r) => r.threadId));
  return {
    participantsOf: loaderOfGroups((ids) => messageData.participantsOf(db, ids), (r) => r.threadId),
    messagesOf: (last: number) => messagesOf(String(last)),
  };
}
