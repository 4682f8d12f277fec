/** The identity subgraph's per-request context: the kit's, its configuration and this request's DataLoaders. */
import type { RequestContext } from '@syncad/subgraph-kit';
import type { IdentityConfig } from './identityConfig';
import { guardianLoaders } from './modules/guardians';
import { selfLoaders } from './modules/self';
import { userLoaders } from './modules/user';

export interface IdentityContext extends RequestContext {
  config: IdentityConfig;
  loaders: IdentityLoaders;
}

export type IdentityLoaders = ReturnType<typeof selfLoaders> & ReturnType<typeof userLoaders> & ReturnType<typeof guardianLoaders>;

export function identityContext(base: RequestContext, config: IdentityConfig): IdentityContext {
  return { ...base, config, loaders: { ...selfLoaders(base), ...userLoaders(base), ...guardianLoaders(base) } };
}
