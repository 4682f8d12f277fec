/**
 * The stock @apollo/gateway (bench/plainGateway.ts) as a process, configured like ours: the
 * committed supergraph, <NAME>_URL per subgraph, PORT; plus SYNCAD_PLAIN_CONTEXT, the one signed
 * internal context it forwards. Logs "gateway ready" with its URL, as ours does.
 */
import fs from 'node:fs';
import { SUPERGRAPH_FILE, subgraphNames, subgraphUrlsFromEnv } from '@syncad/gateway';
import { createLogger } from '@syncad/platform';
import { startPlainGateway } from './plainGateway';

const logger = createLogger('plain-gateway');

async function main(): Promise<void> {
  const supergraphSdl = fs.readFileSync(SUPERGRAPH_FILE, 'utf8');
  const internalContext = process.env.SYNCAD_PLAIN_CONTEXT;
  if (!internalContext) throw new Error('SYNCAD_PLAIN_CONTEXT (a signed internal context) is not set');
  const gateway = await startPlainGateway(
    supergraphSdl,
    subgraphUrlsFromEnv(subgraphNames(supergraphSdl)),
    internalContext,
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
