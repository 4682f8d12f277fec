/** What the gateway needs to know of an API key on each use, and its last-used time. */
import { eq, sql } from 'drizzle-orm';
import { ApiKey, Role } from '../schema/central';
import type { CentralExecutor } from './CentralExecutor';

export interface ApiKeyState {
  id: string;
  schoolId: string;
  roleId: string;
  roleName: string;
  createdBy: string;
  secretHash: string;
  expiresAt: Date | null;
  revokedAt: Date | null;
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
