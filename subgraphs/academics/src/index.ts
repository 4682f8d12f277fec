/**
 * Runs the academics subgraph: DATABASE_URL (central database: where each school's database is,
 * and which user ids belong to a school), SYNCAD_INTERNAL_KEY (verifies the gateway's signed
 * context), PORT (default 4002).
 */
import { createCentralDb, loadDbConfig, SchoolDatabases } from '@syncad/shared-db';
import { internalKeyFromEnv, listenSubgraph } from '@syncad/subgraph-kit';
import { buildAcademicsServer, createAcademicsContext } from './server';

async function main(): Promise<void> {
  const config = loadDbConfig();
  const internalKey = internalKeyFromEnv();
  const port = Number(process.env.PORT ?? 4002);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${process.env.PORT}"`);

  const central = createCentralDb(config.centralUrl);
  const schools = SchoolDatabases.fromConfig(config, central.db);
  const subgraph = await listenSubgraph(buildAcademicsServer(), {
    port,
    internalKey,
    createContext: createAcademicsContext(schools, central.db),
  });
  console.log(`academics subgraph listening at ${subgraph.url}`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`academics: ${signal}, shutting down`);
    await subgraph.stop();
    await schools.close();
    await central.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((err: unknown) => {
  console.error('academics subgraph failed to start:', err instanceof Error ? err.message : err);
  process.exit(1);
});
