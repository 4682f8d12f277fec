/**
 * Every Apollo behaviour the gateway relies on that is not a documented, exported API. Each entry
 * names the internal, where it is used and why; `gateway/test/unit/apolloInternals.test.ts` checks
 * each one against the installed packages and fails naming the entry when an upgrade changes it.
 * Everything else the gateway uses from Apollo is public: ApolloServer, its plugins and
 * executeHTTPGraphQLRequest, ApolloGateway's supergraphSdl/buildService and onSchemaLoadOrUpdate,
 * the GraphQLDataSource interface (our data source implements it), the GatewayInterface of
 * @apollo/server-gateway-interface, and composeServices.
 *
 * Keep every use of these inside gateway/src/execution/.
 */
import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';

export interface ApolloInternal {
  /** What is relied on, as the check names it. */
  name: string;
  /** The files of execution/ that rely on it. */
  usedBy: string[];
  /** Why no public API serves. */
  why: string;
}

/** GraphQLDataSourceRequestKind.INCOMING_OPERATION: declared by @apollo/gateway but not exported from its entry. */
export const INCOMING_OPERATION = 'incoming operation' as Extract<
  GraphQLDataSourceProcessOptions,
  { incomingRequestContext: unknown }
>['kind'];

/**
 * Unless APOLLO_TELEMETRY_DISABLED is "true" when an ApolloGateway is constructed, it probes the
 * AWS, GCP, Azure and Alibaba metadata endpoints and exports usage metrics (uptime, CPU, OS, cloud)
 * to Apollo's servers for as long as it runs. A school platform sends nothing anywhere unasked:
 * call this before constructing any ApolloGateway.
 */
export function disableApolloTelemetry(): void {
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
}

/** The header that asks @apollo/gateway for the query plan when __exposeQueryPlanExperimental is on. */
export const QUERY_PLAN_HEADER = 'Apollo-Query-Plan-Experimental';

export const APOLLO_INTERNALS: readonly ApolloInternal[] = [
  {
    name: 'GraphQLDataSourceRequestKind.INCOMING_OPERATION is "incoming operation"',
    usedBy: ['rootFetches.ts'],
    why: 'a root plan sent straight calls the data source as the plan executor does; the enum is not exported from @apollo/gateway',
  },
  {
    name: '@apollo/federation-internals: Supergraph.build, subgraphs(), apiSchema(), schema.toGraphQLJSSchema(), operationFromDocument',
    usedBy: ['rootFetches.ts'],
    why: 'the straight path plans with its own QueryPlanner over the same supergraph, and validates each cut operation against its subgraph schema; the package is Apollo-internal',
  },
  {
    name: '@apollo/query-planner plan shape: node kinds Fetch, Parallel and Sequence; FetchNode serviceName, operation, requires, inputRewrites, outputRewrites, contextRewrites',
    usedBy: ['rootFetches.ts'],
    why: 'the straight path recognises a plan of independent root fetches by these fields',
  },
  {
    name: "ApolloGateway's executor plans and runs the document, operation and queryHash of the request context it is handed",
    usedBy: ['withFilteredDocuments.ts', 'rootFetches.ts'],
    why: 'filter mode hands it a copy of the request context with the filtered document; the GatewayInterface says what the executor receives, not that it plans from those fields',
  },
  {
    name: "RemoteGraphQLDataSource's fetch: init.headers a plain object built from request.http.headers, init.body the request as a JSON string; the response read through ok, status, headers.get, json() and text() only",
    usedBy: ['subgraphFetcher.ts'],
    why: "the benchmark's stock gateway (bench/plainGateway.ts) runs a stock RemoteGraphQLDataSource over the gateway's fetcher, which answers with a lean response object instead of a fetch Response (~8% of gateway CPU); our own data source sends the same request shape",
  },
  {
    name: 'ApolloGateway reads APOLLO_TELEMETRY_DISABLED when constructed; unless "true" it probes cloud metadata endpoints and exports usage metrics to Apollo',
    usedBy: ['executingGateway.ts', '../compose/apiSchemaSdl.ts'],
    why: 'the only switch there is: an environment variable read in the constructor (documented by Apollo, but nothing types it); it also kept a url.parse() deprecation out of every start',
  },
  {
    name: "Apollo Server sends the validation errors whose messages a plugin rewrote in validationDidStart's end hook",
    usedBy: ['hideSuggestions.ts'],
    why: 'a caller without a token must not get "Did you mean" schema names, while signed-in callers keep them; Apollo Server only hides them for every caller alike',
  },
  {
    name: "Apollo Server's answer text puts errors first (runHttpQuery's orderExecutionResultFields: errors, data, extensions)",
    usedBy: ['rawAnswers.ts', '../../../platform/src/http/runGraphqlHttp.ts'],
    why: "a subgraph answer starting with data then has no errors, so its data can be passed on unparsed, and an answer not starting with errors needs no parse to stamp request ids (stampErrors); the order is Apollo Server's own, not documented",
  },
  {
    name: 'ApolloGateway option __exposeQueryPlanExperimental',
    usedBy: ['executingGateway.ts'],
    why: 'turned off so a caller sending Apollo-Query-Plan-Experimental never gets the query plan, whatever NODE_ENV says; the option is undocumented',
  },
];
