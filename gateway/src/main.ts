/**
 * Starts the gateway on PORT (default 4000) at SYNCAD_LISTEN_HOST (default 127.0.0.1: a machine
 * serving demo logins is not reachable from the network until told so; containers set 0.0.0.0)
 * with the committed supergraph and the env's configuration, and its operations listener (/health, /ready, /metrics) on SYNCAD_OPS_PORT
 * (default 9464) at SYNCAD_OPS_HOST (default 127.0.0.1: never the public address by accident).
 */
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
  const host = process.env.SYNCAD_LISTEN_HOST || '127.0.0.1';
  const opsPort = Number(process.env.SYNCAD_OPS_PORT ?? 9464);
  const opsHost = process.env.SYNCAD_OPS_HOST || '127.0.0.1';
  await new Promise<void>((resolve) => gateway.opsServer.listen(opsPort, opsHost, resolve));
  await new Promise<void>((resolve) => gateway.httpServer.listen(port, host, resolve));
  const portOf = (server: typeof gateway.httpServer, fallback: number) => {
    const address = server.address();
    return typeof address === 'object' && address ? address.port : fallback;
  };
  logger.info(
    {
      url: `http://localhost:${portOf(gateway.httpServer, port)}/graphql`,
      opsUrl: `http://${opsHost}:${portOf(gateway.opsServer, opsPort)}/`,
      pid: process.pid,
      subgraphLimits: config.subgraphLimits,
    },
    'gateway ready',
  );
  stopOnSignals(logger, config.drainMillis ?? 10_000, () => gateway.stop());
}

main().catch((err: unknown) => {
  logger.fatal({ err }, 'gateway failed to start');
  process.exit(1);
});
