/**
 * Sends each subgraph request with the context the auth plugin signed for this request, and
 * nothing of the caller's own headers (the raw access token never leaves the gateway).
 * A subgraph that ends a request with an HTTP error status (e.g. 401 for a spent refresh token)
 * still answers with a coded GraphQL error: that error is relayed, not "401: Unauthorized".
 */
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import { INTERNAL_CONTEXT_HEADER } from '@syncad/subgraph-kit';
import { subgraphFetcher } from './subgraphFetcher';
import type { GatewayContext } from './GatewayContext';

export class SignedContextDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    readonly name: string,
    url: string,
    private readonly onRequest?: (subgraph: string, query: string) => void,
  ) {
    super({ url, fetcher: subgraphFetcher });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    this.onRequest?.(this.name, request.query ?? '');
    const signed = (context as Partial<GatewayContext>).internalContext;
    if (signed) request.http?.headers.set(INTERNAL_CONTEXT_HEADER, signed);
  }

  override async errorFromResponse(response: Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0]): Promise<GraphQLError> {
    const body = (await this.parseBody(response).catch(() => null)) as { errors?: unknown } | null;
    const first = Array.isArray(body?.errors) ? (body.errors[0] as { message?: unknown; extensions?: Record<string, unknown> }) : undefined;
    if (typeof first?.message !== 'string' || typeof first.extensions?.code !== 'string') return super.errorFromResponse(response);
    return new GraphQLError(first.message, { extensions: { ...first.extensions, serviceName: this.name } });
  }
}
