/**
 * Sends each subgraph request with the context the auth plugin signed for this request and the
 * request's id, and nothing of the caller's own headers (the raw access token never leaves the
 * gateway). A subgraph that ends a request with an HTTP error status (e.g. 401 for a spent
 * refresh token) still answers with a coded GraphQL error: that error is relayed, not
 * "401: Unauthorized". A subgraph that cannot be reached, does not answer in time or answers a
 * 5xx without a coded error makes its fields null with SUBGRAPH_UNAVAILABLE errors naming it,
 * while the rest of the operation is served. With an InflightQueries, identical queries of one
 * caller in flight at once are sent once (see InflightQueries for what is shared and when).
 */
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError, Kind, parse, type OperationDefinitionNode } from 'graphql';
import { INTERNAL_CONTEXT_HEADER, REQUEST_ID_HEADER } from '@syncad/platform';
import { isQueryText, type InflightQueries } from './InflightQueries';
import {
  createSubgraphFetcher,
  isMarkedQuery,
  QUERY_MARK_HEADER,
  SubgraphResponse,
  SubgraphUnavailableError,
  type CallObserver,
  type SubgraphCallLimits,
  type SubgraphFetcher,
} from './subgraphFetcher';
import type { GatewayContext } from '../GatewayContext';
import { codedErrorOf, relayedError, unavailableErrors } from './subgraphErrors';

type GatewayGraphQLResponse = Awaited<ReturnType<RemoteGraphQLDataSource<GatewayContext>['process']>>;
type DidReceiveResponse = NonNullable<RemoteGraphQLDataSource<GatewayContext>['didReceiveResponse']>;

/** The fetcher with in-flight deduplication in front: queries may join, anything else ends the caller's joinable fetches. */
function deduplicating(service: string, calls: SubgraphFetcher, inflight: InflightQueries): SubgraphFetcher {
  const fetcher = ((url, init) => {
    const context = (init?.headers as Record<string, string> | undefined)?.[INTERNAL_CONTEXT_HEADER];
    if (!context || typeof init?.body !== 'string') return calls(url, init);
    const send = () => calls(url, init) as Promise<SubgraphResponse>;
    return isMarkedQuery(init) ? inflight.query(service, context, init.body, send) : inflight.other(context, send);
  }) as SubgraphFetcher;
  fetcher.inFlight = calls.inFlight;
  fetcher.circuit = calls.circuit;
  return fetcher;
}

/** The response keys a root fetch would have filled (its top-level fields), for errors at their paths. */
function rootResponseKeys(options: GraphQLDataSourceProcessOptions<GatewayContext>): string[] | null {
  // Only on this failure path: parse the fetch's operation when the plan did not keep its document.
  let document = 'document' in options ? options.document : undefined;
  if (!document && options.request.query) {
    try {
      document = parse(options.request.query);
    } catch {
      return null;
    }
  }
  const operation = document?.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (!operation) return null;
  const keys: string[] = [];
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) return null;
    if (selection.name.value === '_entities') return null;
    keys.push(selection.alias?.value ?? selection.name.value);
  }
  return keys;
}

export class SignedContextDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly calls: SubgraphFetcher;

  constructor(
    readonly name: string,
    url: string,
    private readonly limits: SubgraphCallLimits,
    private readonly onRequest?: (subgraph: string, query: string) => void,
    observe?: CallObserver,
    inflight?: InflightQueries,
  ) {
    const sent = createSubgraphFetcher(name, limits, observe);
    const calls = inflight ? deduplicating(name, sent, inflight) : sent;
    super({ url, fetcher: calls });
    this.calls = calls;
  }

  /** Requests to this subgraph not answered yet. */
  inFlight(): number {
    return this.calls.inFlight();
  }

  /** Its circuit breaker's state (subgraphFetcher.ts). */
  circuit(): ReturnType<SubgraphFetcher['circuit']> {
    return this.calls.circuit();
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    this.onRequest?.(this.name, request.query ?? '');
    const { internalContext: signed, requestId, trace } = context as Partial<GatewayContext>;
    if (signed) request.http?.headers.set(INTERNAL_CONTEXT_HEADER, signed);
    if (requestId) request.http?.headers.set(REQUEST_ID_HEADER, requestId);
    if (isQueryText(request.query)) request.http?.headers.set(QUERY_MARK_HEADER, '1');
    trace?.subgraphs.add(this.name);
  }

  /** Notes an answer served by another request's fetch on the access line (its request id never reached the subgraph). */
  override didReceiveResponse({ response, context }: Parameters<DidReceiveResponse>[0]): GatewayGraphQLResponse {
    const trace = (context as Partial<GatewayContext>).trace;
    if (trace && response.http instanceof SubgraphResponse && response.http.shared) (trace.sharedFetches ??= new Set()).add(this.name);
    return response;
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    try {
      return await super.process(options);
    } catch (err) {
      if (!(err instanceof SubgraphUnavailableError)) throw err;
      // One error at each field this fetch would have filled; an entity fetch (fields added to
      // another subgraph's objects) gets one error for all of them.
      const errors = unavailableErrors(this.name, err.reason, this.limits, rootResponseKeys(options));
      return { errors: errors as unknown as GatewayGraphQLResponse['errors'] };
    }
  }

  override async errorFromResponse(response: Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0]): Promise<GraphQLError> {
    const coded = codedErrorOf(await this.parseBody(response).catch(() => null));
    if (coded) return relayedError(coded, this.name);
    // A proxy or a crashing process in between: the subgraph did not answer as a subgraph.
    if (response.status >= 500) throw new SubgraphUnavailableError(this.name, 'unreachable', `HTTP ${response.status}`);
    return super.errorFromResponse(response);
  }
}
