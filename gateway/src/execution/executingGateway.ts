/**
 * The gateway Apollo Server runs: @apollo/gateway over the static supergraph, each subgraph reached
 * through a SignedContextDataSource (signed context, bounded calls, in-flight deduplication),
 * root plans sent straight (rootFetches.ts), introspection answered by graphql-js
 * (withLocalIntrospection.ts) and filter mode's documents substituted (withFilteredDocuments.ts).
 */
import { ApolloGateway } from '@apollo/gateway';
import type { GatewayInterface } from '@apollo/server-gateway-interface';
import { disableApolloTelemetry } from './apolloInternals';
import { InflightQueries } from './InflightQueries';
import { withRootFetches } from './rootFetches';
import { SignedContextDataSource } from './SignedContextDataSource';
import type { CallObserver, SubgraphCallLimits } from './subgraphFetcher';
import { withFilteredDocuments } from './withFilteredDocuments';
import { withLocalIntrospection } from './withLocalIntrospection';

export interface ExecutionOptions {
  supergraphSdl: string;
  /** Subgraph name -> URL; a subgraph not listed keeps the supergraph's (placeholder) URL. */
  subgraphUrls: Record<string, string>;
  limits: SubgraphCallLimits;
  /** Send identical queries of one caller in flight at once only once (see InflightQueries). */
  dedupeInflight: boolean;
  /** Send operations whose plan is only root fetches straight to their subgraphs (see rootFetches.ts). */
  rootFetches: boolean;
  onSubgraphRequest?: (subgraph: string, query: string) => void;
  observe: {
    subgraphCall: CallObserver;
    join(subgraph: string): void;
    execution(way: 'straight' | 'planned'): void;
  };
}

export interface ExecutingGateway {
  gateway: GatewayInterface;
  /** The data sources by subgraph name, filled as the supergraph loads. */
  dataSources: ReadonlyMap<string, SignedContextDataSource>;
}

export function executingGateway(options: ExecutionOptions): ExecutingGateway {
  const dataSources = new Map<string, SignedContextDataSource>();
  // One for all subgraphs: a caller's mutation in one ends joining in every other.
  const inflight = options.dedupeInflight ? new InflightQueries(options.observe.join) : undefined;
  disableApolloTelemetry();
  const apolloGateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    // Off whatever NODE_ENV says: otherwise any caller sending Apollo-Query-Plan-Experimental gets
    // the query plan (subgraph names and operations) in the answer's extensions (apolloInternals.ts).
    __exposeQueryPlanExperimental: false,
    buildService: ({ name, url }) => {
      const source = new SignedContextDataSource(
        name,
        options.subgraphUrls[name] ?? url ?? '',
        options.limits,
        options.onSubgraphRequest,
        options.observe.subgraphCall,
        inflight,
      );
      dataSources.set(name, source);
      return source;
    },
  });
  const planned: GatewayInterface = options.rootFetches
    ? withRootFetches(apolloGateway, dataSources, options.observe.execution)
    : apolloGateway;
  // Filtered documents substituted first: root fetches decide on the document that runs.
  return { gateway: withFilteredDocuments(withLocalIntrospection(planned)), dataSources };
}
