/**
 * How the gateway calls subgraphs: Node's built-in fetch (undici, keep-alive). The default
 * (make-fetch-happen) goes through agent-base, which builds an Error and reads its stack on
 * every request to guess the protocol: measured at ~1/4 of the gateway's CPU per request.
 */
import type { RemoteGraphQLDataSource } from '@apollo/gateway';

type Fetcher = NonNullable<ConstructorParameters<typeof RemoteGraphQLDataSource>[0]>['fetcher'];

export const subgraphFetcher = fetch as unknown as Fetcher;
