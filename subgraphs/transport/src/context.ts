/** The transport subgraph's per-request context: the kit's (caller, leased school database) and this request's DataLoaders. */
import type { SchoolRequestContext } from '@syncad/subgraph-kit';
import { transportLoaders } from './loaders';

export interface TransportContext extends SchoolRequestContext {
  loaders: ReturnType<typeof transportLoaders>;
}

export function transportContext(base: SchoolRequestContext): TransportContext {
  return { ...base, loaders: transportLoaders(base) };
}
