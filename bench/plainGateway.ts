/**
 * The baseline: a stock @apollo/gateway over the same supergraph and subgraphs, behind the same
 * HTTP surface as ours, with no authentication or permission plugin. Subgraphs refuse a request
 * without a signed context, so every subgraph call carries one: signed up front (one caller), or
 * signed from each request's bearer token as Hive's plugin does (bench/hive). Run as
 * its own process (bench/plainGatewayProcess.ts) so its CPU time can be read apart from the
 * subgraphs'.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { handleHttp, subgraphFetcher, type GatewayContext } from '@syncad/gateway';
import { INTERNAL_CONTEXT_HEADER, type Logger } from '@syncad/platform';
import { signedContextHeaders } from './hive/signedContextHeaders';

/** The signed context a subgraph request carries: one fixed for every request, or the caller's (from their bearer token, as Hive's plugin signs it). */
export type ContextSource = { fixed: string } | { perCaller: { jwtSecret: string; internalKey: string } };

/** What the plain gateway keeps of the request: its authorization, to sign the caller's context from. */
type PlainContext = GatewayContext & { authorization?: string };

class SignedContextSource extends RemoteGraphQLDataSource<PlainContext> {
  private readonly signed: (authorization: string) => Record<string, string> | undefined;

  constructor(
    url: string,
    private readonly source: ContextSource,
  ) {
    super({ url, fetcher: subgraphFetcher });
    const perCaller = 'perCaller' in source ? signedContextHeaders(source.perCaller.jwtSecret, source.perCaller.internalKey) : null;
    this.signed = (authorization) => perCaller?.({ request: new Request('http://plain/', { headers: { authorization } }) });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<PlainContext>): void {
    const header = 'fixed' in this.source ? this.source.fixed : this.signed(context.authorization ?? '')?.[INTERNAL_CONTEXT_HEADER];
    if (header) request.http?.headers.set(INTERNAL_CONTEXT_HEADER, header);
  }
}

export interface PlainGateway {
  url: string;
  stop(): Promise<void>;
}

export async function startPlainGateway(
  supergraphSdl: string,
  subgraphUrls: Record<string, string>,
  contextSource: ContextSource,
  logger?: Logger,
  listenPort = 0,
): Promise<PlainGateway> {
  // As shipped it would probe cloud metadata endpoints and export usage metrics to Apollo; a
  // benchmark reaches nothing beyond this machine.
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) => new SignedContextSource(subgraphUrls[name] ?? url ?? '', contextSource),
  });
  const apollo = new ApolloServer<GatewayContext>({ gateway, includeStacktraceInErrorResponses: false });
  await apollo.start();
  const httpServer = http.createServer((req, res) => {
    void handleHttp(req, res, {
      apollo,
      isReady: () => true,
      maxBodyBytes: 1024 * 1024,
      anonymousMaxBodyBytes: 1024 * 1024,
      routes: {},
      corsOrigins: '*',
      playground: false,
      // The same access line as ours when given a logger: both pay for it.
      logger,
      // No authentication or permission checks: a fixed signed context, or the caller's signed from their token.
      identify: async (req) => ({
        caller: null,
        context: async () =>
          ({
            caller: null,
            hostSchoolId: null,
            client: { address: null, userAgent: null },
            authorization: req.headers.authorization,
          }) as PlainContext,
      }),
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
