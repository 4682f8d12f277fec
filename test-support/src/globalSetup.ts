/**
 * Jest global setup: use the PostgreSQL server named by DATABASE_URL, or start an embedded
 * PostgreSQL 15 on a free port. Tests read the server from TEST_PG_ADMIN_URL and create
 * their own uniquely named databases on it.
 */
import { startEmbeddedPostgres } from './embeddedPostgres';
import { adminUrlFrom } from './testDatabase';

export default async function globalSetup(): Promise<void> {
  if (process.env.DATABASE_URL) {
    process.env.TEST_PG_ADMIN_URL = adminUrlFrom(process.env.DATABASE_URL);
    return;
  }
  const server = await startEmbeddedPostgres();
  (globalThis as { __EMBEDDED_PG__?: unknown }).__EMBEDDED_PG__ = server;
  process.env.TEST_PG_ADMIN_URL = server.adminUrl;
}
