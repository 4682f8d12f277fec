/**
 * A subgraph's process entry (its src/index.ts is one call to this): configuration from the
 * environment (DATABASE_URL and the SYNCAD_* pool settings, SYNCAD_INTERNAL_KEY,
 * SYNCAD_JWT_SECRET where the subgraph signs tokens, PORT, SYNCAD_LISTEN_HOST), graceful
 * shutdown on SIGTERM and SIGINT.
 */
import { envWithLocalDatabaseUrl, loadDbConfig } from '@syncad/shared-db';
import { internalKeyFromEnv } from '../auth/callerContext';
import type { SubgraphDefinition } from './defineSubgraph';
import { startSubgraph } from './startSubgraph';

function portFrom(env: NodeJS.ProcessEnv, fallback: number): number {
  if (env.PORT === undefined || env.PORT === '') return fallback;
  const port = Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be 0 to 65535, got "${env.PORT}"`);
  return port;
}

export function runSubgraph(definition: SubgraphDefinition, env: NodeJS.ProcessEnv = process.env): void {
  const name = `${definition.name} subgraph`;
  const start = async () => {
    const subgraph = await startSubgraph(definition, {
      port: portFrom(env, definition.port),
      host: env.SYNCAD_LISTEN_HOST || undefined,
      dbConfig: loadDbConfig(envWithLocalDatabaseUrl(env)),
      internalKey: internalKeyFromEnv(env),
      jwtSecret: env.SYNCAD_JWT_SECRET,
    });
    console.log(`${name} listening at ${subgraph.url}`);
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) return;
      stopping = true;
      console.log(`${name}: ${signal}, finishing in-flight requests`);
      subgraph.stop().then(
        () => process.exit(0),
        (err: unknown) => {
          console.error(`${name}: unclean shutdown:`, err);
          process.exit(1);
        },
      );
    };
    process.on('SIGTERM', () => stop('SIGTERM'));
    process.on('SIGINT', () => stop('SIGINT'));
  };
  start().catch((err: unknown) => {
    console.error(`${name} failed to start: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  });
}
