/** Where the estate's schools stand in the school migrations, from the migrator's record (SchoolSchemaStatus). */
import { sql } from 'drizzle-orm';
import type { CentralExecutor } from './CentralExecutor';

export interface SchemaVersionCount {
  /** A migration tag, or "unknown" for a school the migrator has not recorded. */
  version: string;
  schools: number;
  /** Of those, the schools whose last migration run failed. */
  failed: number;
}

export async function schoolsBySchemaVersion(db: CentralExecutor): Promise<SchemaVersionCount[]> {
  const result = await db.execute<{ version: string; schools: number; failed: number }>(sql`
    SELECT coalesce(st.version, 'unknown') AS version, count(*)::int AS schools,
      count(*) FILTER (WHERE st."lastFailure" IS NOT NULL)::int AS failed
    FROM "School" s LEFT JOIN "SchoolSchemaStatus" st ON st."schoolId" = s.id
    GROUP BY 1 ORDER BY 1`);
  return result.rows;
}
