/**
 * Applies one kind's migrations to one database: idempotent and safe to run concurrently.
 * - A journal table records each applied migration by tag and hash; a second run is a no-op.
 * - Every migration not in the journal is applied in order, whatever its timestamp, so a
 *   migration merged late is never skipped (drizzle's own migrator compares timestamps).
 * - A session advisory lock serialises migrators on the same database.
 * - Each migration runs in its own transaction together with its journal row.
 */
import pg from 'pg';
import { readMigrations, type DatabaseKind, type MigrationFile } from './migrationFiles';

export const JOURNAL_TABLE = '__syncad_migrations';
/** Arbitrary constant shared by every migrator: pg_advisory_lock's key. */
const LOCK_KEY = 7_311_202_601;

export class MigrationError extends Error {
  /** Migrations this run applied before the failure (they stay applied). */
  constructor(
    message: string,
    readonly applied: string[] = [],
  ) {
    super(message);
    this.name = 'MigrationError';
  }
}

export interface MigrationResult {
  applied: string[];
  alreadyApplied: number;
}

export async function applyMigrations(
  url: string,
  kind: DatabaseKind,
  migrations: MigrationFile[] = readMigrations(kind),
): Promise<MigrationResult> {
  // A server that never answers must not stall a fan-out over many schools.
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  client.on('error', () => {});
  await client.connect();
  try {
    await client.query('SET client_min_messages = warning');
    await client.query('SELECT pg_advisory_lock($1)', [LOCK_KEY]);
    await client.query(
      `CREATE TABLE IF NOT EXISTS "${JOURNAL_TABLE}" (
         tag text PRIMARY KEY, hash text NOT NULL, "appliedAt" timestamptz NOT NULL DEFAULT now())`,
    );
    const done = new Map<string, string>((await client.query(`SELECT tag, hash FROM "${JOURNAL_TABLE}"`)).rows.map((r) => [r.tag, r.hash]));
    const applied: string[] = [];
    for (const m of migrations) {
      const recordedHash = done.get(m.tag);
      if (recordedHash !== undefined) {
        if (recordedHash !== m.hash) {
          throw new MigrationError(`migration ${m.tag} was edited after it was applied (hash differs)`);
        }
        continue;
      }
      await client.query('BEGIN');
      try {
        for (const statement of m.statements) await client.query(statement);
        await client.query(`INSERT INTO "${JOURNAL_TABLE}" (tag, hash) VALUES ($1, $2)`, [m.tag, m.hash]);
        await client.query('COMMIT');
      } catch (err) {
        await client.query('ROLLBACK');
        throw new MigrationError(`migration ${m.tag} failed: ${(err as Error).message}`, applied);
      }
      applied.push(m.tag);
    }
    return { applied, alreadyApplied: migrations.length - applied.length };
  } finally {
    await client.query('SELECT pg_advisory_unlock_all()').catch(() => {});
    await client.end().catch(() => {});
  }
}
