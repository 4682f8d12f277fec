/**
 * The stock @apollo/gateway (bench/plainGateway.ts) as a process, configured like ours: the
 * committed supergraph, <NAME>_URL per subgraph, PORT; plus SYNCAD_PLAIN_CONTEXT, the one signed
 * internal context it forwards, or SYNCAD_JWT_SECRET and SYNCAD_INTERNAL_KEY to sign each caller's. Logs "gateway ready" with its URL, as ours does.
 */
import fs from 'node:fs';
import { SUPERGRAPH_FILE, subgraphNames } from '@syncad/gateway';
import { createLogger, subgraphUrlsFromEnv } from '@syncad/platform';
import { startPlainGateway } from './plainGateway';

const logger = createLogger('plain-gateway');

async function main(): Promise<void> {
  const supergraphSdl = fs.readFileSync(SUPERGRAPH_FILE, 'utf8');
  const fixed = process.env.SYNCAD_PLAIN_CONTEXT;
  const { SYNCAD_JWT_SECRET: jwtSecret, SYNCAD_INTERNAL_KEY: internalKey } = process.env;
  if (!fixed && !(jwtSecret && internalKey))
    throw new Error("set SYNCAD_PLAIN_CONTEXT (one signed context) or SYNCAD_JWT_SECRET and SYNCAD_INTERNAL_KEY (each caller's)");
  const gateway = await startPlainGateway(
    supergraphSdl,
    subgraphUrlsFromEnv(subgraphNames(supergraphSdl)),
    fixed ? { fixed } : { perCaller: { jwtSecret: jwtSecret!, internalKey: internalKey! } },
    logger,
    Number(process.env.PORT ?? 0),
  );
  logger.info({ url: gateway.url, pid: process.pid }, 'gateway ready');
  // A bench process: nothing to drain, exit at once (which also writes a CPU profile, if one is taken).
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => process.exit(0));
}

main().catch((err: unknown) => {
  logger.fatal({ err }, 'plain gateway failed to start');
  process.exit(1);
});
