/**
 * Applies the school migrations to every school registered in the central School table, a
 * few databases at a time. Each school gets a report; one failing school (missing database,
 * unknown server, a migration that fails there) is reported and does not stop the others.
 */
import { central, createCentralDb, databaseUrlOn, type DbConfig } from '@syncad/shared-db';
import { asc } from 'drizzle-orm';
import { applyMigrations, MigrationError } from './applyMigrations';
import { readMigrations, type MigrationFile } from './migrationFiles';

export const DEFAULT_SCHOOL_CONCURRENCY = 4;

export interface SchoolMigrationReport {
  schoolId: string;
  subdomain: string;
  databaseName: string;
  dbServer: string;
  ok: boolean;
  applied: string[];
  error?: string;
}

export interface MigrateAllSchoolsOptions {
  /** Databases migrated at the same time (default 4). */
  concurrency?: number;
  migrations?: MigrationFile[];
}

export async function migrateAllSchools(
  config: Pick<DbConfig, 'centralUrl' | 'servers'>,
  options: MigrateAllSchoolsOptions = {},
): Promise<SchoolMigrationReport[]> {
  const concurrency = options.concurrency ?? DEFAULT_SCHOOL_CONCURRENCY;
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new RangeError(`concurrency must be a positive integer, got ${concurrency}`);
  }
  const migrations = options.migrations ?? readMigrations('school');

  const handle = createCentralDb(config.centralUrl, 1);
  let schools;
  try {
    schools = await handle.db
      .select({
        id: central.School.id,
        subdomain: central.School.subdomain,
        databaseName: central.School.databaseName,
        dbServer: central.School.dbServer,
      })
      .from(central.School)
      .orderBy(asc(central.School.subdomain));
  } catch (err) {
    // drizzle wraps the driver's error in "Failed query: ..."; the cause says what went wrong.
    const wrapped = (err as Error).cause;
    const cause = (wrapped instanceof Error ? wrapped : err) as Error;
    throw new Error(`cannot list the schools in the central database: ${cause.message}`, { cause: err });
  } finally {
    await handle.close();
  }

  const reports: SchoolMigrationReport[] = new Array(schools.length);
  let next = 0;
  const worker = async () => {
    while (next < schools.length) {
      const i = next++;
      const s = schools[i];
      const base = { schoolId: s.id, subdomain: s.subdomain, databaseName: s.databaseName, dbServer: s.dbServer };
      try {
        const url = databaseUrlOn(config.servers, s.dbServer, s.databaseName);
        reports[i] = { ...base, ok: true, applied: (await applyMigrations(url, 'school', migrations)).applied };
      } catch (err) {
        const applied = err instanceof MigrationError ? err.applied : [];
        reports[i] = { ...base, ok: false, applied, error: (err as Error).message };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, schools.length) }, worker));
  return reports;
}
