/** The finance subgraph's per-request context: the kit's (caller, leased school database), this request's DataLoaders, and the school's posting queue. */
import type { SchoolRequestContext } from '@syncad/subgraph-kit';
import { feeLoaders } from './loaders';
import { PostingQueue, PostingQueues } from './modules/ledger';

/** What the finance process holds once, for every request. */
export interface FinanceState {
  postings: PostingQueues;
}

export function financeState(): FinanceState {
  return { postings: new PostingQueues() };
}

export interface FinanceContext extends SchoolRequestContext {
  loaders: ReturnType<typeof feeLoaders>;
  /** The caller's school's postings (group commit: see postingQueue.ts). */
  postings: PostingQueue;
}

export function financeContext(base: SchoolRequestContext, state: FinanceState): FinanceContext {
  return { ...base, loaders: feeLoaders(base), postings: state.postings.of(base.schoolId) };
}
