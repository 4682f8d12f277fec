/** One autocannon run against a GraphQL endpoint, in a worker thread so the load generator does not share the servers' event loop. */
import autocannon from 'autocannon';

export interface LoadFigures {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  /** Non-2xx answers plus connection errors (timeouts included): anything but 0 spoils the run. */
  failures: number;
}

export interface LoadOptions {
  url: string;
  headers: Record<string, string>;
  body: string;
  seconds: number;
  connections: number;
  /** A CommonJS module (absolute path) whose export autocannon calls with each connection (e.g. to give it its own body). */
  setupClient?: string;
  /** Replace `[<id>]` in the body with a fresh unique id on every request (e.g. an idempotency key). */
  idReplacement?: boolean;
  /** Environment for the load generator's worker thread (which copies process.env when it starts), e.g. for `setupClient`. */
  env?: Record<string, string>;
}

export async function loadTest(options: LoadOptions): Promise<LoadFigures> {
  // Left set: the worker may start after this call returns, and the next run sets its own.
  Object.assign(process.env, options.env);
  const result = await autocannon({
    url: options.url,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...options.headers },
    body: options.body,
    connections: options.connections,
    duration: options.seconds,
    workers: 1,
    // In worker mode autocannon requires the module's path, not a function (its typings know only the function).
    ...(options.setupClient ? { setupClient: options.setupClient as unknown as (client: autocannon.Client) => void } : {}),
    ...(options.idReplacement ? { idReplacement: true } : {}),
  });
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    failures: result.non2xx + result.errors,
  };
}
