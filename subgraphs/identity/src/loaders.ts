/**
 * The request's DataLoaders: each batches the lookups of one request into one SQL statement.
 * School-scoped loaders see only the caller's school: another school's id loads as null.
 */
import type { Caller } from '@syncad/subgraph-kit';
import type { CentralDb } from '@syncad/shared-db';
import DataLoader from 'dataloader';
import { memberships, type Membership } from './data/memberships';
import { roles, type ModulePermissionRow, type RoleRow } from './data/roles';
import { users, type Profile, type SchoolUser } from './data/users';
import { isUuid } from '@syncad/shared-db';

export interface IdentityLoaders {
  /** Users of the caller's school by id. */
  users: DataLoader<string, SchoolUser | null>;
  /** Roles of the caller's school by id. */
  roles: DataLoader<string, RoleRow | null>;
  /** Every module's flags for a role id. */
  permissions: DataLoader<string, ModulePermissionRow[]>;
  /** A signed-in user's own profile (for Me only). */
  profiles: DataLoader<string, Profile | null>;
  /** A signed-in user's active memberships (for Me only). */
  memberships: DataLoader<string, Membership[]>;
}

function byId<T extends { id: string }>(fetch: (ids: string[]) => Promise<T[]>) {
  return new DataLoader<string, T | null>(async (ids) => {
    // uuids are case-insensitive; PostgreSQL answers in lower case.
    const valid = [...new Set(ids.filter(isUuid).map((id) => id.toLowerCase()))];
    const found = new Map((valid.length ? await fetch(valid) : []).map((row) => [row.id, row]));
    return ids.map((id) => (isUuid(id) ? (found.get(id.toLowerCase()) ?? null) : null));
  });
}

function groupedBy<T>(key: (row: T) => string, fetch: (ids: readonly string[]) => Promise<T[]>) {
  return new DataLoader<string, T[]>(async (ids) => {
    const groups = new Map<string, T[]>(ids.map((id) => [id, []]));
    for (const row of await fetch(ids)) groups.get(key(row))?.push(row);
    return ids.map((id) => groups.get(id) ?? []);
  });
}

export function createLoaders(db: CentralDb, caller: Caller | null): IdentityLoaders {
  const schoolId = caller?.schoolId;
  return {
    users: byId((ids) => (schoolId ? users.bySchoolAndIds(db, schoolId, ids) : Promise.resolve([]))),
    roles: byId((ids) => (schoolId ? roles.bySchoolAndIds(db, schoolId, ids) : Promise.resolve([]))),
    permissions: groupedBy((p) => p.roleId, (ids) => roles.permissionsOfRoles(db, ids)),
    profiles: byId((ids) => users.profilesByIds(db, ids)),
    memberships: groupedBy((m) => m.userId, (ids) => memberships.activeOfUsers(db, ids)),
  };
}
