/**
 * The demo estate (schools "demo" and "riverside" with their logins and a month of data, exactly
 * what `npm start` seeds) behind the real stack, in uniquely named databases, for tests that act
 * as a new user would.
 */
import { applyMigrations } from '@syncad/migrations';
import type { DbConfig } from '@syncad/shared-db';
import { seedDemoEstate } from '@syncad/scripts/demo';
import type { TestEstate } from './estate';
import { startStack, type Stack, type StackOptions } from './stack';
import { adminQuery, createTestDatabase, dropDatabase, testAdminUrl } from './testDatabase';

export const DEMO_PASSWORD = 'demo-password';

export async function startDemoStack(options: StackOptions = {}): Promise<{ stack: Stack; estate: TestEstate; stop(): Promise<void> }> {
  const adminUrl = testAdminUrl();
  const central = await createTestDatabase('demo', adminUrl);
  const drop = async () => {
    const schools = await adminQuery(`SELECT datname FROM pg_database WHERE datname LIKE '${central.name}\\_%'`, adminUrl);
    for (const { datname } of schools.rows) await dropDatabase(datname, adminUrl);
    await central.drop();
  };
  const dbConfig: DbConfig = {
    centralUrl: central.url,
    servers: { default: central.url },
    limits: {
      maxOpenPools: 4,
      maxTotalConnections: 40,
      maxConnectionsPerPool: 10,
      idleMillis: 60_000,
      acquireTimeoutMillis: 5_000,
      statementTimeoutMillis: 15_000,
    },
  };
  try {
    await applyMigrations(central.url, 'central');
    await seedDemoEstate(dbConfig);
    const estate: TestEstate = { centralUrl: central.url, dbConfig, schools: [], password: DEMO_PASSWORD, passwordHash: '', drop };
    const stack = await startStack(estate, options);
    return {
      stack,
      estate,
      async stop() {
        await stack.stop();
        await drop();
      },
    };
  } catch (err) {
    await drop().catch(() => {});
    throw err;
  }
}
