/**
 * Applies the school migrations to every school registered in the central School table, a
 * few databases at a time. Each school gets a report; one failing school (missing database,
 * unknown server, a migration that fails there) is reported and does not stop the others. Each
 * school's outcome is recorded in the central SchoolSchemaStatus (its newest migration, its last
 * failure), so operators see the roll and a later run can take up only the schools that failed.
 */
import {
  central,
  createCentralDb,
  databaseUrlOn,
  notifyInvalidation,
  SCHOOL_MIGRATED_CHANNEL,
  type CentralDb,
  type DbConfig,
} from '@syncad/shared-db';
import { asc, eq, isNotNull, sql } from 'drizzle-orm';
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
  /** Only the schools whose last run failed (SchoolSchemaStatus.lastFailure). */
  retryFailed?: boolean;
  /** Told as each school finishes, with the counts so far (the CLI's progress). */
  onSchool?(report: SchoolMigrationReport, progress: { done: number; failed: number; total: number }): void;
}

/** Records a school's outcome: its newest migration when it succeeded (or applied some), its failure when it failed. */
async function recordStatus(db: CentralDb, report: SchoolMigrationReport, newest: string | null): Promise<void> {
  const { SchoolSchemaStatus } = central;
  const version = report.ok ? newest : (report.applied.at(-1) ?? null);
  const failure = report.ok ? null : (report.error ?? 'failed').slice(0, 2000);
  await db
    .insert(SchoolSchemaStatus)
    .values({ schoolId: report.schoolId, version, lastFailure: failure, failedAt: failure ? sql`now()` : null })
    .onConflictDoUpdate({
      target: SchoolSchemaStatus.schoolId,
      set: {
        // A failure keeps the version reached before it, unless this run applied some.
        version: version === null ? sql`${SchoolSchemaStatus.version}` : version,
        lastFailure: failure,
        failedAt: failure ? sql`now()` : null,
        updatedAt: sql`now()`,
      },
    });
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
    const columns = {
      id: central.School.id,
      subdomain: central.School.subdomain,
      databaseName: central.School.databaseName,
      dbServer: central.School.dbServer,
    };
    schools = options.retryFailed
      ? await handle.db
          .select(columns)
          .from(central.School)
          .innerJoin(central.SchoolSchemaStatus, eq(central.SchoolSchemaStatus.schoolId, central.School.id))
          .where(isNotNull(central.SchoolSchemaStatus.lastFailure))
          .orderBy(asc(central.School.subdomain))
      : await handle.db.select(columns).from(central.School).orderBy(asc(central.School.subdomain));
  } catch (err) {
    await handle.close();
    // drizzle wraps the driver's error in "Failed query: ..."; the cause says what went wrong.
    const wrapped = (err as Error).cause;
    const cause = (wrapped instanceof Error ? wrapped : err) as Error;
    throw new Error(`cannot list the schools in the central database: ${cause.message}`, { cause: err });
  }

  const newest = migrations.at(-1)?.tag ?? null;
  const reports: SchoolMigrationReport[] = new Array(schools.length);
  let next = 0;
  let done = 0;
  let failed = 0;
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
      // The record is bookkeeping: a central hiccup must not turn a migrated school into a failure.
      await recordStatus(handle.db, reports[i], newest).catch(() => {});
      // The school subgraphs read a caught-up school's journal again at once (each also re-reads within 5 s).
      if (reports[i].ok) await notifyInvalidation(handle.db, SCHOOL_MIGRATED_CHANNEL, s.id).catch(() => {});
      done++;
      if (!reports[i].ok) failed++;
      options.onSchool?.(reports[i], { done, failed, total: schools.length });
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(concurrency, schools.length) }, worker));
  } finally {
    await handle.close();
  }
  return reports;
}
