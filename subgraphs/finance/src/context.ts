/** The finance subgraph's per-request context: the kit's (caller, leased school database) and this request's DataLoaders. */
import type { SchoolRequestContext } from '@syncad/subgraph-kit';
import { feeLoaders } from './modules/fee/loaders';

export interface FinanceContext extends SchoolRequestContext {
  loaders: ReturnType<typeof feeLoaders>;
}

export function financeContext(base: SchoolRequestContext): FinanceContext {
  return { ...base, loaders: feeLoaders(base) };
}
