/**
 * The gateway's Prometheus metrics: the platform's (requests by operation, type and outcome; the
 * central pool; caches) plus each subgraph call's duration by subgraph and outcome, the calls
 * in flight per subgraph, the queries that joined one in flight, and how operations were executed
 * (straight or planned), and where the estate's schools stand in the school migrations.
 */
import { DURATION_BUCKETS, ServiceMetrics, type ServiceMetricsSources } from '@syncad/platform';
import type { SchemaVersionCount } from '@syncad/shared-db';
import { Counter, Gauge, Histogram } from 'prom-client';
import type { CallOutcome } from '../execution/subgraphFetcher';

export class GatewayMetrics extends ServiceMetrics {
  private readonly subgraphSeconds: Histogram<'subgraph' | 'outcome'>;
  private readonly executions: Counter<'way'>;
  private readonly joins: Counter<'subgraph'>;

  constructor(
    sources: ServiceMetricsSources & {
      inFlight: () => Record<string, number>;
      /** The estate's schools by school-schema version (the migrator's record), read at most every 15 s. */
      schoolSchema?: () => Promise<SchemaVersionCount[]>;
    },
  ) {
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
    const { inFlight, schoolSchema } = sources;
    if (schoolSchema) {
      // A scrape reads the central database at most every 15 s, whoever asks and however often.
      let cached: { at: number; counts: Promise<SchemaVersionCount[]> } | null = null;
      const counts = () => {
        if (!cached || Date.now() - cached.at > 15_000) cached = { at: Date.now(), counts: schoolSchema().catch(() => []) };
        return cached.counts;
      };
      new Gauge({
        name: 'syncad_school_schema_schools',
        help: 'Schools by the newest school migration their database has, as the migrator recorded it ("unknown": never recorded)',
        labelNames: ['version'],
        registers: [this.registry],
        async collect() {
          this.reset();
          for (const c of await counts()) this.set({ version: c.version }, c.schools);
        },
      });
      new Gauge({
        name: 'syncad_school_schema_failed_schools',
        help: 'Schools whose last migration run failed (npm run migrate -- --retry-failed takes them up)',
        registers: [this.registry],
        async collect() {
          this.set((await counts()).reduce((n, c) => n + c.failed, 0));
        },
      });
    }
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
