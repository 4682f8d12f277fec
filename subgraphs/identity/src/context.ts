/**
 * The per-request context of the identity subgraph, built from the gateway's signed internal
 * context: who calls, the central database, the services and this request's DataLoaders.
 */
import { AppError, type Caller, type DisposableContext, type InternalContext } from '@syncad/subgraph-kit';
import type { CentralDb } from '@syncad/shared-db';
import type { IdentityConfig } from './identityConfig';
import { createLoaders, type IdentityLoaders } from './loaders';
import { AuthService } from './services/AuthService';
import { RoleService } from './services/RoleService';
import { UserService } from './services/UserService';

export interface IdentityServices {
  auth: AuthService;
  users: UserService;
  roles: RoleService;
}

export interface IdentityContext extends DisposableContext {
  /** The signed-in caller; null for public operations (login, refreshToken). */
  caller: Caller | null;
  /** The school named by the request's Host subdomain, if any. */
  hostSchool: string | null;
  services: IdentityServices;
  loaders: IdentityLoaders;
  /** The caller, or UNAUTHENTICATED: the gateway's rules should make this unreachable, this is the second lock. */
  requireCaller(): Caller;
}

/** Builds the services once; the returned function makes each request's context. */
export function identityContextFactory(db: CentralDb, config: IdentityConfig) {
  const services: IdentityServices = {
    auth: new AuthService(db, config),
    users: new UserService(db),
    roles: new RoleService(db),
  };
  return async (internal: InternalContext): Promise<IdentityContext> => {
    const caller = internal.caller;
    return {
      caller,
      hostSchool: internal.hostSchool,
      services,
      loaders: createLoaders(db, caller),
      requireCaller() {
        if (!caller) throw AppError.unauthenticated();
        return caller;
      },
    };
  };
}
