/**
 * Schools are never all on one schema version during an upgrade (docs/migrations.md): before a
 * request uses a school database, this process checks once that the school has every school
 * migration this code ships (its `__syncad_migrations` journal). A school that is behind (its
 * migration not run yet, or failed) gets TENANT_UNAVAILABLE, "the school database is being
 * upgraded", with `retryAfter`, never an SQL error; the other schools are untouched. A school found
 * current stays current for this process (a school never goes back); one found behind is read
 * again when the migrator announces it caught the school up (NOTIFY on the central database), and
 * in any case after RECHECK_MILLIS, so its requests succeed without a restart.
 */
import { AppError, BoundedCache, postgresErrorOf, silentLogger, type Logger } from '@syncad/platform';
import type { SchoolDb } from '@syncad/shared-db';
import { sql } from 'drizzle-orm';

/** How soon a school found behind is checked again, and what clients are told to wait. */
export const RECHECK_MILLIS = 5_000;
const RETRY_AFTER_SECONDS = 30;
/** The journal table the migrator writes (migrations/src/applyMigrations.ts). */
const JOURNAL_TABLE = '__syncad_migrations';

type Verdict = { current: true } | { current: false; missing: string[]; checkedAt: number };

export class SchoolSchemaCheck {
  private readonly verdicts = new BoundedCache<string, Verdict>({ max: 10_000 });

  /** `required`: the tags of the school migrations this code ships, in order. */
  constructor(
    private readonly required: readonly string[],
    private readonly logger: Logger = silentLogger(),
  ) {}

  /** Resolves when the school's database has every required migration; TENANT_UNAVAILABLE otherwise. */
  async ensureCurrent(schoolId: string, db: SchoolDb): Promise<void> {
    let verdict = this.verdicts.get(schoolId);
    if (!verdict || (!verdict.current && Date.now() - verdict.checkedAt >= RECHECK_MILLIS)) {
      verdict = await this.read(schoolId, db);
      this.verdicts.set(schoolId, verdict);
    }
    if (!verdict.current) {
      throw new AppError('TENANT_UNAVAILABLE', 'the school database is being upgraded: try again shortly', {
        retryAfter: RETRY_AFTER_SECONDS,
      }).withHttpStatus();
    }
  }

  /** The migrator announced that the school is up to date (or a listener reconnected): read its journal again at its next request. */
  forget(schoolId: string): void {
    this.verdicts.delete(schoolId);
  }

  forgetAll(): void {
    this.verdicts.clear();
  }

  private async read(schoolId: string, db: SchoolDb): Promise<Verdict> {
    const applied = new Set<string>();
    try {
      const result = await db.execute<{ tag: string }>(sql.raw(`SELECT tag FROM "${JOURNAL_TABLE}"`));
      for (const row of result.rows) applied.add(row.tag);
    } catch (err) {
      // 42P01: no journal at all (a database never migrated): every migration is missing.
      if (postgresErrorOf(err)?.code !== '42P01') throw err;
    }
    const missing = this.required.filter((tag) => !applied.has(tag));
    if (missing.length === 0) return { current: true };
    this.logger.warn(
      { school: schoolId, missing },
      'school database is behind the code: answering TENANT_UNAVAILABLE until it is migrated',
    );
    return { current: false, missing, checkedAt: Date.now() };
  }
}
