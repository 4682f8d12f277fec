/**
 * The deployment's one-shot `migrate` job (docker-compose.yml; the services start once it
 * succeeded): migrates the central database and every school database, and seeds the demo
 * estate only when SYNCAD_DEMO=1 (never on a server anyone else can reach). Secrets come from the
 * environment or from NAME_FILE. Exit 0 when everything migrated, 1 otherwise.
 */
import pg from 'pg';
import { applyMigrations, migrateAllSchools } from '@syncad/migrations';
import { loadDbConfig, readSecretFiles } from '@syncad/shared-db';
import { createLogger, logProcessWarnings } from '@syncad/platform';
import { seedDemoEstate } from '../demo/seedDemoEstate';

const logger = createLogger('migrate');
logProcessWarnings(logger);

// A server still starting, or not yet resolvable by name on the compose network, is waited for;
// anything else (a wrong password, say) fails at once.
const WAIT_FOR_SERVER_MS = Number(process.env.SYNCAD_MIGRATE_WAIT_MS ?? 60_000);
const NOT_YET = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'ECONNRESET', '57P03']);

async function waitForServer(url: string): Promise<void> {
  const deadline = Date.now() + WAIT_FOR_SERVER_MS;
  for (let attempt = 1; ; attempt++) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
    try {
      await client.connect();
      return;
    } catch (err) {
      const code = (err as { code?: string }).code ?? '';
      if (!NOT_YET.has(code) || Date.now() > deadline) throw err;
      logger.warn({ attempt, code }, 'database server not reachable yet: retrying');
      await new Promise((resolve) => setTimeout(resolve, Math.min(250 * 2 ** attempt, 2_000)));
    } finally {
      await client.end().catch(() => undefined);
    }
  }
}

async function main(): Promise<number> {
  readSecretFiles();
  const config = loadDbConfig();
  await waitForServer(config.centralUrl);
  const central = await applyMigrations(config.centralUrl, 'central');
  logger.info({ applied: central.applied }, 'central database migrated');
  const reports = await migrateAllSchools(config);
  for (const r of reports) {
    if (r.ok) logger.info({ school: r.subdomain, applied: r.applied }, 'school database migrated');
    else logger.error({ school: r.subdomain, reason: r.error }, 'school database failed to migrate');
  }
  if (process.env.SYNCAD_DEMO === '1') {
    const seeded = await seedDemoEstate(config);
    logger.warn({ seeded }, 'SYNCAD_DEMO=1: demo schools and their demo logins exist; never on a server others can reach');
  }
  return reports.every((r) => r.ok) ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    logger.fatal({ err }, 'migration failed');
    process.exit(1);
  },
);
