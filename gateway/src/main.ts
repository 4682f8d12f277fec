/** Starts the gateway on PORT (default 4000) with the committed supergraph and the env's configuration. */
import { readSecretFiles } from '@syncad/shared-db';
import { createLogger, exitOnFatalErrors, stopOnSignals } from '@syncad/platform';
import { gatewayConfigFromEnv } from './GatewayConfig';
import { buildGateway } from './buildGateway';

const logger = createLogger('gateway');
exitOnFatalErrors(logger);

async function main(): Promise<void> {
  readSecretFiles();
  const config = gatewayConfigFromEnv();
  const gateway = buildGateway({ ...config, logger, processMetrics: true });
  await gateway.start();
  const port = Number(process.env.PORT ?? 4000);
  const host = process.env.SYNCAD_LISTEN_HOST || undefined;
  await new Promise<void>((resolve) => gateway.httpServer.listen(port, host, resolve));
  const address = gateway.httpServer.address();
  const listening = typeof address === 'object' && address ? address.port : port;
  logger.info({ url: `http://localhost:${listening}/graphql`, pid: process.pid, subgraphLimits: config.subgraphLimits }, 'gateway ready');
  stopOnSignals(logger, config.drainMillis ?? 10_000, () => gateway.stop());
}

main().catch((err: unknown) => {
  logger.fatal({ err }, 'gateway failed to start');
  process.exit(1);
});
