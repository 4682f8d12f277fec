/**
 * The gateway's two reports. GET /ready: whether this process can serve (not stopping, a schema
 * and its rules loaded, the central database reachable): what a load balancer asks, so a
 * subgraph that is down never pulls every gateway out while they still serve all the rest.
 * GET /status: every dependency, each subgraph's health and circuit included, for people and
 * dashboards (200 even when one is down; `status` says "degraded").
 */
import { checkReadiness, type ReadyReport } from '@syncad/platform';

/** How long a report waits for the central database and each subgraph. */
const CHECK_TIMEOUT_MILLIS = 2_000;

/** A subgraph is reachable when its /health answers 200. */
async function subgraphAlive(url: string): Promise<void> {
  const res = await fetch(new URL('health', url), { signal: AbortSignal.timeout(CHECK_TIMEOUT_MILLIS) });
  await res.body?.cancel();
  if (!res.ok) throw new Error(`/health answered ${res.status}`);
}

export interface ReadinessDeps {
  centralAlive(): Promise<unknown>;
  /** Whether a schema and its permission rules are loaded. */
  schemaLoaded(): boolean;
  /** Subgraph name -> URL. */
  subgraphUrls: ReadonlyArray<readonly [string, string]>;
  /** A subgraph's circuit breaker: closed, open or half-open. */
  circuit(subgraph: string): string;
  stopping(): boolean;
}

export interface GatewayReports {
  ready(): Promise<ReadyReport>;
  status(): Promise<ReadyReport>;
}

export function gatewayReports(deps: ReadinessDeps): GatewayReports {
  const schema = async () => {
    if (!deps.schemaLoaded()) throw new Error('no schema loaded (yet)');
  };
  return {
    async ready() {
      if (deps.stopping()) return { ready: false, checks: { gateway: 'stopping' } };
      return checkReadiness({ schema, 'central database': deps.centralAlive }, CHECK_TIMEOUT_MILLIS);
    },
    async status() {
      const report = await checkReadiness(
        {
          schema,
          'central database': deps.centralAlive,
          ...Object.fromEntries(deps.subgraphUrls.map(([name, url]) => [name, () => subgraphAlive(url)])),
        },
        CHECK_TIMEOUT_MILLIS,
      );
      for (const [name] of deps.subgraphUrls) report.checks[name] += ` (circuit ${deps.circuit(name)})`;
      return report;
    },
  };
}
