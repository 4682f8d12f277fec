/**
 * Runs the identity subgraph. Environment: DATABASE_URL (central database), SYNCAD_JWT_SECRET,
 * SYNCAD_INTERNAL_KEY, PORT (default 4001).
 */
import { createCentralDb, loadDbConfig } from '@syncad/shared-db';
import { internalKeyFromEnv, jwtSecretFromEnv, listenSubgraph } from '@syncad/subgraph-kit';
import { identityContextFactory } from './context';
import { identityConfig } from './identityConfig';
import { buildIdentityServer } from './server';

function portFromEnv(): number {
  const port = Number(process.env.PORT ?? 4001);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be 0 to 65535, got "${process.env.PORT}"`);
  return port;
}

async function main(): Promise<void> {
  const port = portFromEnv();
  const central = createCentralDb(loadDbConfig().centralUrl);
  const subgraph = await listenSubgraph(buildIdentityServer(), {
    port,
    internalKey: internalKeyFromEnv(),
    createContext: identityContextFactory(central.db, identityConfig(jwtSecretFromEnv())),
  });
  console.log(`identity subgraph at ${subgraph.url}`);
  const stop = async () => {
    await subgraph.stop();
    await central.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((err: Error) => {
  console.error(`identity subgraph failed to start: ${err.message}`);
  process.exit(1);
});
