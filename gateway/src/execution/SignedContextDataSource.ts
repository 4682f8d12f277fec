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
import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
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
  type FetcherResponse,
  type SubgraphCallLimits,
  type SubgraphFetcher,
} from './subgraphFetcher';
import type { GatewayContext } from '../GatewayContext';
import { codedErrorOf, relayedError, unavailableErrors } from './subgraphErrors';
import { dataOnlyText, RawJson } from './rawAnswers';

function jsonType(response: FetcherResponse): boolean {
  const type = response.headers.get('content-type');
  return type?.startsWith('application/json') === true || type?.startsWith('application/graphql-response+json') === true;
}

type GatewayGraphQLResponse = Awaited<ReturnType<GraphQLDataSource<GatewayContext>['process']>>;

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

export class SignedContextDataSource implements GraphQLDataSource<GatewayContext> {
  private readonly calls: SubgraphFetcher;

  constructor(
    readonly name: string,
    readonly url: string,
    private readonly limits: SubgraphCallLimits,
    private readonly onRequest?: (subgraph: string, query: string) => void,
    observe?: CallObserver,
    inflight?: InflightQueries,
  ) {
    const sent = createSubgraphFetcher(name, limits, observe);
    this.calls = inflight ? deduplicating(name, sent, inflight) : sent;
  }

  /** Requests to this subgraph not answered yet. */
  inFlight(): number {
    return this.calls.inFlight();
  }

  /** Its circuit breaker's state (subgraphFetcher.ts). */
  circuit(): ReturnType<SubgraphFetcher['circuit']> {
    return this.calls.circuit();
  }

  async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    return this.unavailableAsErrors(options, async () => this.parsed(await this.send(options)));
  }

  /**
   * As process, but a data-only answer comes back as its data's JSON text, unparsed: a root plan
   * passes it on as it is (rawAnswers.ts). Any other answer comes back parsed, as from process.
   */
  async processRaw(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse | RawJson> {
    return this.unavailableAsErrors(options, async () => {
      const response = await this.send(options);
      if (!jsonType(response)) return this.parsed(response);
      const text = await response.text();
      const data = dataOnlyText(text);
      return data === null ? this.parsed(response, text) : new RawJson(data);
    });
  }

  private async unavailableAsErrors<T>(
    options: GraphQLDataSourceProcessOptions<GatewayContext>,
    answer: () => Promise<T>,
  ): Promise<T | GatewayGraphQLResponse> {
    try {
      return await answer();
    } catch (err) {
      if (!(err instanceof SubgraphUnavailableError)) throw err;
      // One error at each field this fetch would have filled; an entity fetch (fields added to
      // another subgraph's objects) gets one error for all of them.
      const errors = unavailableErrors(this.name, err.reason, this.limits, rootResponseKeys(options));
      return { errors: errors as unknown as GatewayGraphQLResponse['errors'] };
    }
  }

  /** The subgraph's answer to the request, with an HTTP status of success (else its error is thrown). */
  private async send({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<FetcherResponse> {
    const { http, query, ...rest } = request;
    if (!query) throw new Error('Missing query');
    this.onRequest?.(this.name, query);
    // The caller's headers never: only what the plan asked for (none, with tracing off), the signed context and the request id.
    const headers: Record<string, string> = {};
    for (const [name, value] of http?.headers ?? []) headers[name.toLowerCase()] = value;
    headers['content-type'] = 'application/json';
    const { internalContext: signed, requestId, trace } = context as Partial<GatewayContext>;
    if (signed) headers[INTERNAL_CONTEXT_HEADER] = signed;
    if (requestId) headers[REQUEST_ID_HEADER] = requestId;
    if (isQueryText(query)) headers[QUERY_MARK_HEADER] = '1';
    trace?.subgraphs.add(this.name);
    const response = await this.calls(this.url, { method: 'POST', headers, body: JSON.stringify({ query, ...rest }) });
    if (!response.ok) throw await this.errorFromResponse(response);
    // An answer served by another request's fetch goes on the access line (its request id never reached the subgraph).
    if (trace && response instanceof SubgraphResponse && response.shared) (trace.sharedFetches ??= new Set()).add(this.name);
    return response;
  }

  /** The answer parsed (`text`: its JSON body, already read). */
  private async parsed(response: FetcherResponse, text?: string): Promise<GatewayGraphQLResponse> {
    const body: unknown = text === undefined ? await this.parseBody(response) : JSON.parse(text);
    if (typeof body !== 'object' || body === null) throw new Error(`Expected JSON response body, but received: ${String(body)}`);
    return { ...body, http: response } as GatewayGraphQLResponse;
  }

  private parseBody(response: FetcherResponse): Promise<unknown> {
    return jsonType(response) ? response.json() : response.text();
  }

  /** A subgraph ending a request with an HTTP error status (e.g. 401 for a spent refresh token) still answers with a coded error: relayed. */
  private async errorFromResponse(response: FetcherResponse): Promise<GraphQLError> {
    const body = await this.parseBody(response).catch(() => null);
    const coded = codedErrorOf(body);
    if (coded) return relayedError(coded, this.name);
    // A proxy or a crashing process in between: the subgraph did not answer as a subgraph.
    if (response.status >= 500) throw new SubgraphUnavailableError(this.name, 'unreachable', `HTTP ${response.status}`);
    const code = response.status === 401 ? 'UNAUTHENTICATED' : response.status === 403 ? 'FORBIDDEN' : undefined;
    return new GraphQLError(`${response.status}: ${response.statusText}`, {
      extensions: {
        response: { url: response.url, status: response.status, statusText: response.statusText, body },
        ...(code ? { code } : {}),
      },
    });
  }
}
