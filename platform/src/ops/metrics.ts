/**
 * Prometheus metrics (prom-client), one Registry per server instance (tests run several in one
 * process). Label values clients influence are bounded: operation names are kept for the first
 * MAX_OPERATIONS distinct ones and counted as "other" after that.
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

export { Registry };

const MAX_OPERATIONS = 300;
const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,99}$/;
const CODE = /^[A-Z][A-Z0-9_]{0,39}$/;

/** Seconds: requests of a school day are milliseconds; timeouts are seconds. */
export const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** Bounds the label values of operation names. */
export class OperationLabels {
  private readonly seen = new Set<string>();

  label(name: string | null | undefined): string {
    if (name === null || name === undefined || name === '') return 'anonymous';
    if (!GRAPHQL_NAME.test(name)) return 'invalid';
    if (this.seen.has(name)) return name;
    if (this.seen.size >= MAX_OPERATIONS) return 'other';
    this.seen.add(name);
    return name;
  }
}

/** "ok", or the first error code of the answer (codes come from the server, but are checked anyway). */
export function outcomeLabel(errorCodes: readonly string[]): string {
  if (errorCodes.length === 0) return 'ok';
  return CODE.test(errorCodes[0]) ? errorCodes[0] : 'OTHER';
}

/** What a pool reports for the pool gauges. */
export interface PoolUsage {
  /** The pool's name: "central" or "school". */
  pool: string;
  /** The PostgreSQL server's configured name ("default" is DATABASE_URL's server). */
  server: string;
  total: number;
  idle: number;
  waiting: number;
}

/** What a cache reports for the cache counter. */
export interface CacheCounts {
  cache: string;
  hits: number;
  misses: number;
}

export interface ServiceMetricsSources {
  pools?: () => PoolUsage[];
  caches?: () => CacheCounts[];
}

/** The metrics every service has: requests by operation and outcome, database pools, caches. */
export class ServiceMetrics {
  readonly registry = new Registry();
  readonly operations = new OperationLabels();
  readonly requests: Counter<'operation' | 'type' | 'outcome'>;
  readonly requestSeconds: Histogram<'operation' | 'type' | 'outcome'>;

  constructor(prefix: string, sources: ServiceMetricsSources = {}) {
    const registers = [this.registry];
    this.requests = new Counter({
      name: `${prefix}_requests_total`,
      help: 'GraphQL requests answered, by operation name, operation type and outcome ("ok" or the first error code)',
      labelNames: ['operation', 'type', 'outcome'],
      registers,
    });
    this.requestSeconds = new Histogram({
      name: `${prefix}_request_duration_seconds`,
      help: 'Time to answer a GraphQL request, by operation name, operation type and outcome',
      labelNames: ['operation', 'type', 'outcome'],
      buckets: DURATION_BUCKETS,
      registers,
    });
    if (sources.pools) {
      const pools = sources.pools;
      new Gauge({
        name: 'syncad_db_pool_connections',
        help: 'Database connections of this process by pool (central, school), PostgreSQL server and state (total, idle, waiting = queries waiting for a connection)',
        labelNames: ['pool', 'server', 'state'],
        registers,
        collect() {
          this.reset();
          for (const p of pools()) {
            this.set({ pool: p.pool, server: p.server, state: 'total' }, p.total);
            this.set({ pool: p.pool, server: p.server, state: 'idle' }, p.idle);
            this.set({ pool: p.pool, server: p.server, state: 'waiting' }, p.waiting);
          }
        },
      });
    }
    if (sources.caches) {
      const caches = sources.caches;
      new Counter({
        name: 'syncad_cache_lookups_total',
        help: 'Cache lookups by cache and result (hit, miss)',
        labelNames: ['cache', 'result'],
        registers,
        collect() {
          this.reset();
          for (const c of caches()) {
            this.inc({ cache: c.cache, result: 'hit' }, c.hits);
            this.inc({ cache: c.cache, result: 'miss' }, c.misses);
          }
        },
      });
    }
  }

  /** Records one answered request. */
  observe(operationName: string | null | undefined, type: string | null | undefined, errorCodes: readonly string[], seconds: number): void {
    const labels = { operation: this.operations.label(operationName), type: type ?? 'unknown', outcome: outcomeLabel(errorCodes) };
    this.requests.inc(labels);
    this.requestSeconds.observe(labels, seconds);
  }

  /**
   * Process metrics (CPU, memory, event loop lag): for a process entry, not for tests running many
   * servers. The lag sampler's timer fires every 100 ms, not prom-client's default 10 ms: at 10 ms
   * an idle gateway here used 4 ms of CPU per second on it (0.5 ms at 100 ms), a per-request cost
   * whenever traffic is light; a stall still shows, as the lateness of the next firing.
   */
  collectProcessMetrics(): void {
    collectDefaultMetrics({ register: this.registry, prefix: 'syncad_', eventLoopMonitoringPrecision: 100 });
  }
}
