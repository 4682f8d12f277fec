/**
 * The gateway's Prometheus metrics: the kit's (requests by operation, type and outcome; the
 * central pool; caches) plus each subgraph call's duration by subgraph and outcome, the calls
 * in flight per subgraph, the queries that joined one in flight, and how operations were executed
 * (straight or planned).
 */
import { DURATION_BUCKETS, ServiceMetrics, type ServiceMetricsSources } from '@syncad/platform';
import { Counter, Gauge, Histogram } from 'prom-client';
import type { CallOutcome } from '../execution/subgraphFetcher';

export class GatewayMetrics extends ServiceMetrics {
  private readonly subgraphSeconds: Histogram<'subgraph' | 'outcome'>;
  private readonly executions: Counter<'way'>;
  private readonly joins: Counter<'subgraph'>;

  constructor(sources: ServiceMetricsSources & { inFlight: () => Record<string, number> }) {
    super('syncad_gateway', sources);
    this.subgraphSeconds = new Histogram({
      name: 'syncad_gateway_subgraph_request_duration_seconds',
      help: 'Time of each request the gateway sent to a subgraph, by subgraph and outcome (ok, timeout, unreachable, busy)',
      labelNames: ['subgraph', 'outcome'],
      buckets: DURATION_BUCKETS,
      registers: [this.registry],
    });
    this.executions = new Counter({
      name: 'syncad_gateway_operations_executed_total',
      help: 'Operations executed, by way: straight (a root plan sent to its subgraphs as written, rootFetches.ts) or planned (the query plan run by @apollo/gateway)',
      labelNames: ['way'],
      registers: [this.registry],
    });
    this.joins = new Counter({
      name: 'syncad_gateway_subgraph_fetches_joined_total',
      help: "Subgraph queries not sent because the same caller's identical query was in flight (in-flight deduplication), by subgraph",
      labelNames: ['subgraph'],
      registers: [this.registry],
    });
    const { inFlight } = sources;
    new Gauge({
      name: 'syncad_gateway_subgraph_requests_in_flight',
      help: 'Requests to each subgraph not answered yet',
      labelNames: ['subgraph'],
      registers: [this.registry],
      collect() {
        this.reset();
        for (const [subgraph, n] of Object.entries(inFlight())) this.set({ subgraph }, n);
      },
    });
  }

  readonly observeJoin = (subgraph: string): void => {
    this.joins.inc({ subgraph });
  };

  readonly observeExecution = (way: 'straight' | 'planned'): void => {
    this.executions.inc({ way });
  };

  readonly observeSubgraphCall = (subgraph: string, outcome: CallOutcome, seconds: number): void => {
    this.subgraphSeconds.observe({ subgraph, outcome }, seconds);
  };
}
