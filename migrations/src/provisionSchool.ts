/**
 * Provisions a school: validate, refuse a taken subdomain before creating anything, create its
 * database on the named server, migrate it, then register it in ONE central transaction
 * (School row, modules, built-in roles and their permissions). Any failure after CREATE
 * DATABASE drops that database again, so nothing is ever half-created. A session advisory
 * lock per subdomain on the central database makes concurrent attempts queue: the first wins,
 * the others then see its row and get CONFLICT.
 */
import { createHash } from 'node:crypto';
import { central, databaseUrlOn, DEFAULT_SERVER, type DbConfig } from '@syncad/shared-db';
import { eq, or } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { applyMigrations } from './applyMigrations';
import type { MigrationFile } from './migrationFiles';
import { ProvisionError } from './provisionError';
import { databaseNameFromUrl, schoolDatabaseName } from './schoolDatabaseName';
import { seedBuiltinRoles } from './seedBuiltinRoles';
import { validateSchoolInput, type SchoolInput } from './validateSchoolInput';

export type ProvisionConfig = Pick<DbConfig, 'centralUrl' | 'servers'>;

export interface ProvisionOptions {
  /** The school migrations to apply; the generated ones by default. */
  migrations?: MigrationFile[];
}

export interface ProvisionedSchool {
  id: string;
  name: string;
  subdomain: string;
  databaseName: string;
  dbServer: string;
  district: string | null;
  board: string | null;
  timezone: string;
  migrationsApplied: string[];
  /** Role name -> Role id. */
  roles: Record<string, string>;
}

/** First key of pg_advisory_lock(int, int): marks the lock as a provisioning lock. */
const PROVISION_LOCK_CLASS = 7_311_203;

function subdomainLockKey(subdomain: string): number {
  return createHash('sha256').update(subdomain).digest().readInt32BE(0);
}

async function onServer<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  client.on('error', () => {});
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => {});
  }
}

async function createDatabase(serverUrl: string, serverName: string, databaseName: string): Promise<void> {
  try {
    await onServer(serverUrl, (c) => c.query(`CREATE DATABASE ${c.escapeIdentifier(databaseName)}`));
  } catch (err) {
    // 42P04: it exists; 23505: a concurrent CREATE DATABASE of the same name. Not ours: never drop it.
    const code = (err as { code?: string }).code;
    if (code === '42P04' || code === '23505') {
      throw new ProvisionError('CONFLICT', `database "${databaseName}" already exists on server "${serverName}"`);
    }
    throw err;
  }
}

function dropDatabase(serverUrl: string, databaseName: string): Promise<unknown> {
  return onServer(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${c.escapeIdentifier(databaseName)} WITH (FORCE)`));
}

function asProvisionError(err: unknown, subdomain: string): ProvisionError {
  if (err instanceof ProvisionError) return err;
  // drizzle wraps the driver's error ("Failed query: ..."); the cause has the code and the reason.
  const wrapped = (err as Error).cause;
  const cause = (wrapped instanceof Error ? wrapped : err) as Error & { code?: string };
  if (cause.code === '23505') {
    return new ProvisionError('CONFLICT', `school "${subdomain}" already exists (${cause.message})`);
  }
  return new ProvisionError('INTERNAL_SERVER_ERROR', `provisioning "${subdomain}" failed: ${cause.message}`);
}

export async function provisionSchool(
  config: ProvisionConfig,
  input: SchoolInput,
  options: ProvisionOptions = {},
): Promise<ProvisionedSchool> {
  const school = validateSchoolInput(input, DEFAULT_SERVER);
  const serverUrl = config.servers[school.dbServer];
  if (!serverUrl) {
    throw new ProvisionError('BAD_USER_INPUT', `no PostgreSQL server named "${school.dbServer}" is configured`);
  }
  const databaseName = schoolDatabaseName(databaseNameFromUrl(config.centralUrl), school.subdomain);

  const centralClient = new pg.Client({ connectionString: config.centralUrl });
  centralClient.on('error', () => {});
  await centralClient.connect();
  try {
    await centralClient.query('SELECT pg_advisory_lock($1, $2)', [PROVISION_LOCK_CLASS, subdomainLockKey(school.subdomain)]);
    const db = drizzle(centralClient, { schema: central });
    const taken = await db
      .select({ subdomain: central.School.subdomain })
      .from(central.School)
      .where(or(eq(central.School.subdomain, school.subdomain), eq(central.School.databaseName, databaseName)));
    if (taken.length > 0) {
      throw new ProvisionError(
        'CONFLICT',
        taken.some((t) => t.subdomain === school.subdomain)
          ? `a school with subdomain "${school.subdomain}" already exists`
          : `database name "${databaseName}" is already registered to another school`,
      );
    }

    await createDatabase(serverUrl, school.dbServer, databaseName);
    try {
      const { applied } = await applyMigrations(databaseUrlOn(config.servers, school.dbServer, databaseName), 'school', options.migrations);
      const { id, roles } = await db.transaction(async (tx) => {
        const [row] = await tx
          .insert(central.School)
          .values({ ...school, databaseName })
          .returning({ id: central.School.id });
        return { id: row.id, roles: (await seedBuiltinRoles(tx, row.id)).roles };
      });
      return { id, ...school, databaseName, migrationsApplied: applied, roles };
    } catch (err) {
      const failure = asProvisionError(err, school.subdomain);
      await dropDatabase(serverUrl, databaseName).catch((dropErr: Error) => {
        failure.message += `; dropping database "${databaseName}" failed too: ${dropErr.message}`;
      });
      throw failure;
    }
  } catch (err) {
    throw asProvisionError(err, school.subdomain);
  } finally {
    // Ending the session releases the advisory lock.
    await centralClient.end().catch(() => {});
  }
}
