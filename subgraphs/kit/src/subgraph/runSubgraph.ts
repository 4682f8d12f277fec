/**
 * A subgraph's process entry (its src/index.ts is one call to this): configuration from the
 * environment (DATABASE_URL and the SYNCAD_* pool settings, SYNCAD_INTERNAL_KEY,
 * SYNCAD_JWT_SECRET where the subgraph signs tokens, the URLs of the subgraphs it calls (<NAME>_URL
 * or SYNCAD_SUBGRAPH_URL_TEMPLATE), PORT, SYNCAD_LISTEN_HOST, secrets also from
 * <NAME>_FILE), JSON logs, and a graceful shutdown on SIGTERM and SIGINT.
 */
import { envWithLocalDatabaseUrl, loadDbConfig, readSecretFiles } from '@syncad/shared-db';
import {
  internalKeyFromEnv,
  createLogger,
  subgraphUrlsFromEnv,
  drainMillisFromEnv,
  exitOnFatalErrors,
  stopOnSignals,
} from '@syncad/platform';
import type { SubgraphDefinition } from './defineSubgraph';
import { startSubgraph } from './startSubgraph';

function portFrom(env: NodeJS.ProcessEnv, fallback: number): number {
  if (env.PORT === undefined || env.PORT === '') return fallback;
  const port = Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be 0 to 65535, got "${env.PORT}"`);
  return port;
}

export function runSubgraph(definition: SubgraphDefinition, env: NodeJS.ProcessEnv = process.env): void {
  const logger = createLogger(definition.name, {}, env);
  exitOnFatalErrors(logger);
  const start = async () => {
    readSecretFiles(env);
    const drainMillis = drainMillisFromEnv(env);
    // A process that calls other subgraphs refuses to start without their URLs, as the gateway does.
    const peers = subgraphUrlsFromEnv(definition.calls ?? [], env);
    const subgraph = await startSubgraph(definition, {
      port: portFrom(env, definition.port),
      host: env.SYNCAD_LISTEN_HOST || undefined,
      dbConfig: loadDbConfig(envWithLocalDatabaseUrl(env)),
      internalKey: internalKeyFromEnv(env),
      jwtSecret: env.SYNCAD_JWT_SECRET,
      logger,
      processMetrics: true,
      drainMillis,
      peerUrl: (name) => peers[name],
    });
    logger.info({ url: subgraph.url, pid: process.pid }, `${definition.name} subgraph listening`);
    stopOnSignals(logger, drainMillis, () => subgraph.stop());
  };
  start().catch((err: unknown) => {
    logger.fatal({ err }, `${definition.name} subgraph failed to start`);
    process.exit(1);
  });
}
