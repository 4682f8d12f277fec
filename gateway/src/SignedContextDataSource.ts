/**
 * Sends each subgraph request with the context the auth plugin signed for this request, and
 * nothing of the caller's own headers (the raw access token never leaves the gateway).
 */
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { INTERNAL_CONTEXT_HEADER } from '@syncad/subgraph-kit';
import type { GatewayContext } from './GatewayContext';

export class SignedContextDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    readonly name: string,
    url: string,
    private readonly onRequest?: (subgraph: string) => void,
  ) {
    super({ url });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    this.onRequest?.(this.name);
    const signed = (context as Partial<GatewayContext>).internalContext;
    if (signed) request.http?.headers.set(INTERNAL_CONTEXT_HEADER, signed);
  }
}
