/** GET /ready of the gateway: the central database and every subgraph reachable. */
import { checkReadiness, type ReadyReport } from '@syncad/platform';

/** How long /ready waits for the central database and each subgraph. */
const READY_TIMEOUT_MILLIS = 2_000;

/** A subgraph is reachable when its /health answers 200. */
async function subgraphAlive(url: string): Promise<void> {
  const res = await fetch(new URL('health', url), { signal: AbortSignal.timeout(READY_TIMEOUT_MILLIS) });
  await res.body?.cancel();
  if (!res.ok) throw new Error(`/health answered ${res.status}`);
}

export interface ReadinessDeps {
  centralAlive(): Promise<unknown>;
  /** Subgraph name -> URL. */
  subgraphUrls: ReadonlyArray<readonly [string, string]>;
  stopping(): boolean;
}

export function gatewayReadiness(deps: ReadinessDeps): () => Promise<ReadyReport> {
  return async () => {
    if (deps.stopping()) return { ready: false, checks: { gateway: 'stopping' } };
    return checkReadiness(
      {
        'central database': deps.centralAlive,
        ...Object.fromEntries(deps.subgraphUrls.map(([name, url]) => [name, () => subgraphAlive(url)])),
      },
      READY_TIMEOUT_MILLIS,
    );
  };
}
