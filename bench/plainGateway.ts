/**
 * The baseline: a stock @apollo/gateway over the same supergraph and subgraphs, behind the same
 * HTTP surface as ours, with no authentication or permission plugin. Subgraphs refuse a request
 * without a signed context, so every subgraph call carries one context signed up front. Run as
 * its own process (bench/plainGatewayProcess.ts) so its CPU time can be read apart from the
 * subgraphs'.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { handleHttp, subgraphFetcher, type GatewayContext } from '@syncad/gateway';
import { INTERNAL_CONTEXT_HEADER, type Logger } from '@syncad/platform';

class FixedContextDataSource extends RemoteGraphQLDataSource {
  constructor(
    url: string,
    private readonly internalContext: string,
  ) {
    super({ url, fetcher: subgraphFetcher });
  }

  override willSendRequest({ request }: GraphQLDataSourceProcessOptions): void {
    request.http?.headers.set(INTERNAL_CONTEXT_HEADER, this.internalContext);
  }
}

export interface PlainGateway {
  url: string;
  stop(): Promise<void>;
}

export async function startPlainGateway(
  supergraphSdl: string,
  subgraphUrls: Record<string, string>,
  internalContext: string,
  logger?: Logger,
  listenPort = 0,
): Promise<PlainGateway> {
  // As shipped it would probe cloud metadata endpoints and export usage metrics to Apollo; a
  // benchmark reaches nothing beyond this machine.
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) => new FixedContextDataSource(subgraphUrls[name] ?? url ?? '', internalContext),
  });
  const apollo = new ApolloServer<GatewayContext>({ gateway, includeStacktraceInErrorResponses: false });
  await apollo.start();
  const httpServer = http.createServer((req, res) => {
    void handleHttp(req, res, {
      apollo,
      isReady: () => true,
      maxBodyBytes: 1024 * 1024,
      routes: {},
      corsOrigins: '*',
      playground: false,
      // The same access line as ours when given a logger: both pay for it.
      logger,
      // No authentication: this stock gateway forwards one fixed signed context.
      context: async () => ({ caller: null, hostSchoolId: null, client: { address: null, userAgent: null } }),
    });
  });
  await new Promise<void>((resolve) => httpServer.listen(listenPort, '127.0.0.1', resolve));
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    async stop() {
      httpServer.closeAllConnections();
      await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      await apollo.stop();
    },
  };
}
