/** Starts the gateway on PORT (default 4000) with the committed supergraph and the env's configuration. */
import { gatewayConfigFromEnv } from './GatewayConfig';
import { buildGateway } from './server';

async function main(): Promise<void> {
  const gateway = buildGateway(gatewayConfigFromEnv());
  await gateway.start();
  const port = Number(process.env.PORT ?? 4000);
  gateway.httpServer.listen(port, () => console.log(`gateway ready at http://localhost:${port}/graphql`));
  const shutdown = () => void gateway.stop().then(() => process.exit(0));
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
