/**
 * Runs the identity subgraph. Environment: DATABASE_URL (central database), SYNCAD_JWT_SECRET,
 * SYNCAD_INTERNAL_KEY, PORT (default 4001).
 */
import { createCentralDb, loadDbConfig } from '@syncad/shared-db';
import { internalKeyFromEnv, jwtSecretFromEnv, listenSubgraph } from '@syncad/subgraph-kit';
import { identityContextFactory } from './context';
import { identityConfig } from './identityConfig';
import { buildIdentityServer } from './server';

async function main(): Promise<void> {
  const central = createCentralDb(loadDbConfig().centralUrl);
  const subgraph = await listenSubgraph(buildIdentityServer(), {
    port: Number(process.env.PORT ?? 4001),
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
