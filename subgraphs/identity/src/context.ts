/** The identity subgraph's per-request context: the kit's, its configuration and this request's DataLoaders. */
import { ownStudentsOf, type OwnStudents } from '@syncad/shared-db';
import type { RequestContext } from '@syncad/subgraph-kit';
import type { IdentityConfig } from './identityConfig';
import { guardianLoaders } from './modules/guardians';
import { selfLoaders } from './modules/self';
import { userLoaders } from './modules/user';

export interface IdentityContext extends RequestContext {
  config: IdentityConfig;
  loaders: IdentityLoaders;
  /** A self-scoped caller's own students (as in the school subgraphs); the kit's self scope reads it. */
  ownStudents(): Promise<OwnStudents>;
}

export type IdentityLoaders = ReturnType<typeof selfLoaders> & ReturnType<typeof userLoaders> & ReturnType<typeof guardianLoaders>;

const NO_STUDENTS: OwnStudents = { children: [], all: [] };

export function identityContext(base: RequestContext, config: IdentityConfig): IdentityContext {
  let own: Promise<OwnStudents> | undefined;
  const ownStudents = () => {
    const caller = base.caller;
    if (!caller?.selfScoped || !base.schoolDb) return Promise.resolve(NO_STUDENTS);
    own ??= base.schoolDb().then((db) => ownStudentsOf(db, caller.userId));
    return own;
  };
  const withScope = { ...base, ownStudents };
  return {
    ...withScope,
    config,
    loaders: { ...selfLoaders(base), ...userLoaders(withScope), ...guardianLoaders(base) },
  };
}
