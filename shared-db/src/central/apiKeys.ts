/** What the gateway needs to know of an API key on each use, and its last-used time. */
import { eq, sql } from 'drizzle-orm';
import { ApiKey, Role } from '../schema/central';
import type { CentralExecutor } from './CentralExecutor';

/**
 * Whether the key's creator still administers users in its school (an active, accepted member
 * whose role holds user:write). A key whose creator was demoted, deactivated or removed is
 * suspended: it stops working until someone who does administer users makes a new one.
 */
export const creatorAdministersUsers = sql<boolean>`EXISTS (
  SELECT 1 FROM "EmployeeUserSchool" m
  JOIN "User" u ON u.id = m."userId"
  JOIN "Role_Module_Permission" p ON p."roleId" = m."roleId"
  JOIN "Module" mo ON mo.id = p."moduleId"
  WHERE m."userId" = ${ApiKey.createdBy} AND m."schoolId" = ${ApiKey.schoolId}
    AND m."isActive" AND u."isActive" AND m."invitedAt" IS NULL AND mo.name = 'user' AND p.write)`;

export interface ApiKeyState {
  id: string;
  schoolId: string;
  roleId: string;
  roleName: string;
  createdBy: string;
  secretHash: string;
  expiresAt: Date | null;
  revokedAt: Date | null;
  /** False while the key is suspended (creatorAdministersUsers). */
  creatorAdministersUsers: boolean;
}

export async function apiKeyState(db: CentralExecutor, keyId: string): Promise<ApiKeyState | null> {
  const rows = await db
    .select({
      id: ApiKey.id,
      schoolId: ApiKey.schoolId,
      roleId: ApiKey.roleId,
      roleName: Role.name,
      createdBy: ApiKey.createdBy,
      secretHash: ApiKey.secretHash,
      expiresAt: ApiKey.expiresAt,
      revokedAt: ApiKey.revokedAt,
      creatorAdministersUsers,
    })
    .from(ApiKey)
    .innerJoin(Role, eq(Role.id, ApiKey.roleId))
    .where(eq(ApiKey.id, keyId))
    .limit(1);
  return rows[0] ?? null;
}

export async function touchApiKey(db: CentralExecutor, keyId: string): Promise<void> {
  await db
    .update(ApiKey)
    .set({ lastUsedAt: sql`now()` })
    .where(eq(ApiKey.id, keyId));
}
