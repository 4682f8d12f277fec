/** SQL on ApiKey (the gateway reads keys through shared-db's apiKeyState). */
import { central, creatorAdministersUsers, type CentralExecutor } from '@syncad/shared-db';
import { and, count, desc, eq, isNull, sql } from 'drizzle-orm';

const { ApiKey } = central;

/** Neither revoked nor expired (suspension is the creator's standing, creatorAdministersUsers). */
export const unrevokedUnexpired = and(isNull(ApiKey.revokedAt), sql`coalesce(${ApiKey.expiresAt} > now(), true)`);

export type ApiKeyRow = Omit<typeof ApiKey.$inferSelect, 'secretHash'> & { suspended: boolean };

const columns = {
  id: ApiKey.id,
  schoolId: ApiKey.schoolId,
  roleId: ApiKey.roleId,
  name: ApiKey.name,
  createdBy: ApiKey.createdBy,
  createdAt: ApiKey.createdAt,
  expiresAt: ApiKey.expiresAt,
  lastUsedAt: ApiKey.lastUsedAt,
  revokedAt: ApiKey.revokedAt,
  suspended: sql<boolean>`NOT ${creatorAdministersUsers}`,
};

export const apiKeyData = {
  ofSchool(db: CentralExecutor, schoolId: string): Promise<ApiKeyRow[]> {
    return db.select(columns).from(ApiKey).where(eq(ApiKey.schoolId, schoolId)).orderBy(desc(ApiKey.createdAt), desc(ApiKey.id));
  },

  async countActive(db: CentralExecutor, schoolId: string): Promise<number> {
    const [row] = await db
      .select({ n: count() })
      .from(ApiKey)
      .where(and(eq(ApiKey.schoolId, schoolId), unrevokedUnexpired));
    return row.n;
  },

  async insert(db: CentralExecutor, row: typeof ApiKey.$inferInsert): Promise<ApiKeyRow> {
    const [created] = await db.insert(ApiKey).values(row).returning(columns);
    return created;
  },

  /** Revokes the school's key (once); returns it, or undefined when the school has no such key. */
  async revoke(db: CentralExecutor, schoolId: string, id: string): Promise<{ key: ApiKeyRow; revokedNow: boolean } | undefined> {
    const [revoked] = await db
      .update(ApiKey)
      .set({ revokedAt: sql`now()` })
      .where(and(eq(ApiKey.id, id), eq(ApiKey.schoolId, schoolId), isNull(ApiKey.revokedAt)))
      .returning(columns);
    if (revoked) return { key: revoked, revokedNow: true };
    const [existing] = await db
      .select(columns)
      .from(ApiKey)
      .where(and(eq(ApiKey.id, id), eq(ApiKey.schoolId, schoolId)));
    return existing ? { key: existing, revokedNow: false } : undefined;
  },
};
