/** The message module's DataLoaders. */
import { loaderByKey, loaderOfGroups, perArgument, type PageRequest, type SchoolRequestContext } from '@syncad/subgraph-kit';
import { messageData } from './messageData';

export function messageLoaders({ db, caller }: SchoolRequestContext) {
  // One loader per page asked for (size and position), each serving every thread of the request.
  const pages = perArgument((key) => {
    const { size, after } = JSON.parse(key) as PageRequest;
    return loaderOfGroups(
      (ids) => messageData.pageOfThreads(db, ids, after, size + 1),
      (r) => r.threadId,
    );
  });
  return {
    participantsOf: loaderOfGroups(
      (ids) => messageData.participantsOf(db, ids),
      (r) => r.threadId,
    ),
    messagesOf: (page: PageRequest) => pages(JSON.stringify(page)),
    /** The caller's unread messages per thread. */
    unreadCount: loaderByKey(
      (ids) => messageData.unreadCounts(db, ids, caller.userId),
      (r) => r.threadId,
      () => 0,
      (r) => r.n,
    ),
    messageCount: loaderByKey(
      (ids) => messageData.countsOfThreads(db, ids),
      (r) => r.threadId,
      () => 0,
      (r) => r.n,
    ),
  };
}
