/** Creates uniquely named databases on the test server and drops them afterwards. */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The same server's `postgres` database, for CREATE/DROP DATABASE. */
export function adminUrlFrom(url: string): string {
  const u = new URL(url);
  u.pathname = '/postgres';
  return u.toString();
}

export function testAdminUrl(): string {
  const url = process.env.TEST_PG_ADMIN_URL;
  if (!url) throw new Error('TEST_PG_ADMIN_URL is not set: run tests through jest (globalSetup starts PostgreSQL)');
  return url;
}

/** A database name unique to this test run: prefix + random suffix, lower case, < 63 chars. */
export function uniqueDatabaseName(prefix: string): string {
  return `t_${prefix}_${randomBytes(5).toString('hex')}`.toLowerCase().slice(0, 60);
}

export function databaseUrl(adminUrl: string, name: string): string {
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  return u.toString();
}

export async function adminQuery(sqlText: string, adminUrl = testAdminUrl()): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await client.query(sqlText);
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

export async function createTestDatabase(prefix: string, adminUrl = testAdminUrl()): Promise<TestDatabase> {
  const name = uniqueDatabaseName(prefix);
  await adminQuery(`CREATE DATABASE "${name}"`, adminUrl);
  return {
    name,
    url: databaseUrl(adminUrl, name),
    drop: () => dropDatabase(name, adminUrl),
  };
}

export async function dropDatabase(name: string, adminUrl = testAdminUrl()): Promise<void> {
  await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`, adminUrl);
}
