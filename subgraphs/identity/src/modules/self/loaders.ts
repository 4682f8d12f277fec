/** The self module's DataLoaders: the signed-in user's profile, memberships and role permissions. */
import { activeMemberships, permissionsOfRoles } from '@syncad/shared-db';
import { loaderById, loaderOfGroups, type RequestContext } from '@syncad/subgraph-kit';
import { accountData } from './accountData';
import { sessions } from './sessionData';

export function selfLoaders({ central }: RequestContext) {
  return {
    /** A signed-in user's own profile (for Me only). */
    profiles: loaderById((ids) => accountData.profilesByIds(central, ids)),
    /** A signed-in user's active memberships, by school name (for Me only). */
    memberships: loaderOfGroups(
      (ids) => activeMemberships(central, ids),
      (m) => m.userId,
    ),
    /** Every module's flags for a role id, by module name. */
    permissions: loaderOfGroups(
      (ids) => permissionsOfRoles(central, ids),
      (p) => p.roleId,
    ),
    /** A signed-in user's open sessions (for Me only). */
    sessions: loaderOfGroups(
      (ids) => sessions.openOfUsers(central, ids),
      (s) => s.userId,
    ),
  };
}
