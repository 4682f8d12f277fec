/**
 * How the gateway calls subgraphs: undici's request API over one keep-alive Agent. The others cost
 * more per call: the default make-fetch-happen goes through agent-base, which builds an Error and
 * reads its stack on every request (~1/4 of the gateway's CPU); Node's fetch (undici behind the
 * WHATWG API) added ~0.5 ms per call; node:http with a keep-alive agent took 79-87 µs of client
 * CPU per call of a 2 KB answer against undici's request 37-44 µs (10 at a time, 20,000 calls,
 * measured here on Node 24), ~9% of the gateway's CPU on a dashboard of two subgraphs.
 *
 * Every call is bounded: at most `maxInFlight` requests to one subgraph at a time (more wait in
 * a queue of at most `maxQueued`), and `timeoutMillis` from the call to the end of the answer,
 * waiting included. A call that cannot be made, is not answered in time or finds the queue full
 * fails with SubgraphUnavailableError; the data source turns that into SUBGRAPH_UNAVAILABLE
 * errors. A circuit breaker per subgraph (cockatiel) keeps a hung one from costing every request
 * the whole time limit: after `breakAfterTimeouts` timeouts in a row its calls fail at once
 * (reason 'open') for `halfOpenAfterMillis`, then one call probes it, and an answer closes the
 * circuit again. Only timeouts count: a refused connection or a full queue already fails fast.
 */
import { STATUS_CODES, type IncomingHttpHeaders } from 'node:http';
import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import { Agent, Client, type Dispatcher } from 'undici';
import { BrokenCircuitError, circuitBreaker, ConsecutiveBreaker, handleWhen, type CircuitBreakerPolicy } from 'cockatiel';
import { DEADLINE_HEADER } from '@syncad/platform';

type Fetcher = NonNullable<NonNullable<ConstructorParameters<typeof RemoteGraphQLDataSource>[0]>['fetcher']>;
type FetcherRequestInit = NonNullable<Parameters<Fetcher>[1]>;
export type FetcherResponse = Awaited<ReturnType<Fetcher>>;
type FetcherHeaders = FetcherResponse['headers'];

export interface SubgraphCallLimits {
  /** From the call to the end of the answer, waiting for a slot included. */
  timeoutMillis: number;
  /** Requests to one subgraph at a time. */
  maxInFlight: number;
  /** Calls waiting for a slot; one more fails at once. Default 4 x maxInFlight. */
  maxQueued?: number;
  /** Timeouts in a row that open the subgraph's circuit (its calls then fail at once). Default 3. */
  breakAfterTimeouts?: number;
  /** How long an open circuit fails calls before one probes the subgraph again. Default 2 s. */
  halfOpenAfterMillis?: number;
}

export const DEFAULT_SUBGRAPH_LIMITS = { timeoutMillis: 5_000, maxInFlight: 128, breakAfterTimeouts: 3, halfOpenAfterMillis: 2_000 };

/** How a call ended, for the metrics ('open': refused at once by the open circuit). */
export type CallOutcome = 'ok' | 'timeout' | 'unreachable' | 'busy' | 'open';

export class SubgraphUnavailableError extends Error {
  constructor(
    readonly service: string,
    readonly reason: Exclude<CallOutcome, 'ok'>,
    detail: string,
  ) {
    super(`the ${service} service is unavailable: ${detail}`);
    this.name = 'SubgraphUnavailableError';
  }
}

const dispatcher = new Agent({
  // Idle connections close after 30 s, before the subgraphs' own 60 s keep-alive ends them under us.
  keepAliveTimeout: 30_000,
  keepAliveMaxTimeout: 30_000,
  // Every call has its own deadline (below): no second pair of timers per request.
  headersTimeout: 0,
  bodyTimeout: 0,
});

/** The FetcherHeaders @apollo/gateway reads (`get('content-type')`, `get('cache-control')`) over node's parsed headers. */
class SubgraphHeaders implements FetcherHeaders {
  constructor(private readonly raw: IncomingHttpHeaders) {}
  get(name: string): string | null {
    const value = this.raw[name.toLowerCase()];
    return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
  }
  has(name: string): boolean {
    return this.raw[name.toLowerCase()] !== undefined;
  }
  set(name: string, value: string): void {
    this.raw[name.toLowerCase()] = value;
  }
  append(name: string, value: string): void {
    const old = this.get(name);
    this.set(name, old === null ? value : `${old}, ${value}`);
  }
  delete(name: string): void {
    delete this.raw[name.toLowerCase()];
  }
  *entries(): IterableIterator<[string, string]> {
    for (const name of Object.keys(this.raw).sort()) {
      const value = this.get(name);
      if (value !== null) yield [name, value];
    }
  }
  *keys(): IterableIterator<string> {
    for (const [name] of this.entries()) yield name;
  }
  *values(): IterableIterator<string> {
    for (const [, value] of this.entries()) yield value;
  }
  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.entries();
  }
}

/**
 * A subgraph's answer as @apollo/gateway reads it (status, ok, headers, json()/text()), over the
 * body already read into a Buffer. Wrapping the Buffer in undici's Response instead (a
 * ReadableStream, makeTransferable, parseJSONFromBytes per answer) showed as ~8-9% of the
 * gateway's CPU in a profile; measured here, a call plus json() of a 2.4 KB answer (10 at a time,
 * interleaved, median of 6 rounds) took 143 µs of CPU with this against 210 µs with Response.
 * Each json() call parses anew: answers shared by in-flight deduplication never share parsed
 * objects, which the gateway merges into its result in place.
 */
export class SubgraphResponse implements FetcherResponse {
  readonly redirected = false;
  readonly headers: SubgraphHeaders;
  private used = false;

  constructor(
    readonly url: string,
    readonly status: number,
    readonly statusText: string,
    private readonly rawHeaders: IncomingHttpHeaders,
    private readonly body: Buffer,
    /** Served by another request's fetch (in-flight deduplication), not sent for this one. */
    readonly shared = false,
  ) {
    this.headers = new SubgraphHeaders(rawHeaders);
  }

  get ok(): boolean {
    return this.status >= 200 && this.status < 300;
  }

  get bodyUsed(): boolean {
    return this.used;
  }

  /** Another reader of the same answer, unread even if this one was read (each json() parses its own copy). */
  clone(shared = this.shared): SubgraphResponse {
    return new SubgraphResponse(this.url, this.status, this.statusText, { ...this.rawHeaders }, this.body, shared);
  }

  async text(): Promise<string> {
    this.consume();
    return this.body.toString('utf8');
  }

  async json(): Promise<any> {
    this.consume();
    return JSON.parse(this.body.toString('utf8'));
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    this.consume();
    return this.body.buffer.slice(this.body.byteOffset, this.body.byteOffset + this.body.byteLength) as ArrayBuffer;
  }

  /** Unlike fetch's, the body can be read again (the Buffer stays): errorFromResponse reads it twice. */
  private consume(): void {
    this.used = true;
  }
}

/** A slot freed less than this before a waiting call's deadline is not given to it. */
const MIN_USEFUL_MILLIS = 50;

/**
 * A counting semaphore with a bounded queue and a deadline per waiter. Written here because the
 * usual libraries (p-limit, p-queue) neither fail a waiter at a deadline nor refuse past a
 * queue bound; this is the 40 lines needed.
 */
class InFlightLimit {
  private active = 0;
  private readonly queue: Array<{ deadline: number; settle: (granted: boolean) => void }> = [];

  constructor(
    private readonly max: number,
    private readonly maxQueued: number,
  ) {}

  get inFlight(): number {
    return this.active;
  }

  /** Resolves true once a slot is held; false when the queue is full or the deadline passes first. */
  acquire(deadline: number): Promise<boolean> {
    if (this.active < this.max) {
      this.active++;
      return Promise.resolve(true);
    }
    if (this.queue.length >= this.maxQueued) return Promise.resolve(false);
    return new Promise((resolve) => {
      const waiter = {
        deadline,
        settle: (granted: boolean) => {
          clearTimeout(timer);
          if (granted) this.active++;
          resolve(granted);
        },
      };
      const timer = setTimeout(
        () => {
          const i = this.queue.indexOf(waiter);
          if (i >= 0) this.queue.splice(i, 1);
          resolve(false);
        },
        Math.max(0, deadline - Date.now()),
      );
      this.queue.push(waiter);
    });
  }

  /** Frees a slot for the first waiter with time left (one granted in its last moments would only open a socket to time out). */
  release(): void {
    this.active--;
    for (let next = this.queue.shift(); next; next = this.queue.shift()) {
      if (next.deadline - Date.now() > MIN_USEFUL_MILLIS) return next.settle(true);
      next.settle(false);
    }
  }
}

/** Reports each call's outcome and duration (metrics), and how many calls are in flight. */
export interface CallObserver {
  (service: string, outcome: CallOutcome, seconds: number): void;
}

/** A subgraph URL as undici's origin and path, parsed once (a URL per call was ~1% of the gateway's CPU). */
const targets = new Map<string, { origin: string; path: string }>();
function targetOf(url: string) {
  let target = targets.get(url);
  if (!target) {
    const parsed = new URL(url);
    targets.set(url, (target = { origin: parsed.origin, path: `${parsed.pathname}${parsed.search}` }));
  }
  return target;
}

/** A kept-alive connection the subgraph closed just as a request went out on it (undici: "other side closed"). */
const RESET_CODES = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET']);

/** One call, answered (any status) or failed with SubgraphUnavailableError; `fresh`: on a connection of its own. */
async function request(
  url: string,
  init: FetcherRequestInit,
  deadline: number,
  service: string,
  idempotent: boolean,
  fresh = false,
): Promise<FetcherResponse> {
  const { origin, path } = targetOf(url);
  // The subgraph starts and commits nothing once this gateway has stopped waiting (platform/http/deadline.ts).
  const headers = { ...(init.headers as Record<string, string>), [DEADLINE_HEADER]: String(deadline) };
  const abort = new AbortController();
  // Aborting a call in flight destroys its connection: a hung subgraph's connection is not reused.
  const timer = setTimeout(() => abort.abort(), Math.max(0, deadline - Date.now()));
  const oneOff = fresh ? new Client(origin) : undefined;
  try {
    const answer = await (oneOff ?? dispatcher).request({
      origin,
      path,
      method: (init.method ?? 'POST') as Dispatcher.HttpMethod,
      headers,
      body: init.body as string | undefined,
      signal: abort.signal,
    });
    const body = Buffer.from(await answer.body.arrayBuffer());
    return new SubgraphResponse(url, answer.statusCode, STATUS_CODES[answer.statusCode] ?? '', answer.headers, body);
  } catch (err) {
    if (abort.signal.aborted) throw new SubgraphUnavailableError(service, 'timeout', 'no answer within the time limit');
    const code = (err as NodeJS.ErrnoException).code ?? '';
    // Seen under load on kept-alive connections (~1 in 2,000 requests with node:http). A query is
    // idempotent: sent once more, on a connection of its own (undici does not say whether the
    // connection was a reused one, so any reset of a query gets its one retry). Anything else may
    // have been processed before the reset: not repeated.
    // (This call's timer is cleared by `finally` as the retry starts.)
    if (!fresh && idempotent && RESET_CODES.has(code) && Date.now() < deadline)
      return request(url, init, deadline, service, idempotent, true);
    throw new SubgraphUnavailableError(service, 'unreachable', code || (err as Error).message);
  } finally {
    clearTimeout(timer);
    void oneOff?.close();
  }
}

/**
 * Set by the data source on a fetch whose operation is a query, which is idempotent: it may join an
 * identical one in flight, and is sent once more after a connection reset. Removed before sending.
 */
export const QUERY_MARK_HEADER = 'x-syncad-query';

export function isMarkedQuery(init: FetcherRequestInit | undefined): boolean {
  return (init?.headers as Record<string, string> | undefined)?.[QUERY_MARK_HEADER] === '1';
}

export interface SubgraphFetcher extends Fetcher {
  /** Requests in flight to this subgraph now. */
  inFlight(): number;
  /** Its circuit: closed (calls go through), open (they fail at once) or half-open (one probes). */
  circuit(): 'closed' | 'open' | 'half-open';
}

function breakerOf(limits: SubgraphCallLimits): CircuitBreakerPolicy {
  return circuitBreaker(
    handleWhen((err) => err instanceof SubgraphUnavailableError && err.reason === 'timeout'),
    {
      halfOpenAfter: limits.halfOpenAfterMillis ?? DEFAULT_SUBGRAPH_LIMITS.halfOpenAfterMillis,
      breaker: new ConsecutiveBreaker(limits.breakAfterTimeouts ?? DEFAULT_SUBGRAPH_LIMITS.breakAfterTimeouts),
    },
  );
}

/** cockatiel's CircuitState in order: Closed, Open, HalfOpen, Isolated (never used here). */
const CIRCUIT_NAMES = ['closed', 'open', 'half-open', 'open'] as const;

/** The fetcher of one subgraph, bounded by `limits`. */
export function createSubgraphFetcher(
  service: string,
  limits: SubgraphCallLimits = DEFAULT_SUBGRAPH_LIMITS,
  observe?: CallObserver,
): SubgraphFetcher {
  const slots = new InFlightLimit(limits.maxInFlight, limits.maxQueued ?? limits.maxInFlight * 4);
  const breaker = breakerOf(limits);
  const call = async (url: string, init: FetcherRequestInit | undefined, seconds: () => number) => {
    const deadline = Date.now() + limits.timeoutMillis;
    if (!(await slots.acquire(deadline))) {
      observe?.(service, 'busy', seconds());
      throw new SubgraphUnavailableError(service, 'busy', `${limits.maxInFlight} requests already in flight`);
    }
    const idempotent = isMarkedQuery(init);
    if (idempotent) delete (init!.headers as Record<string, string>)[QUERY_MARK_HEADER];
    try {
      const response = await request(url, init ?? {}, deadline, service, idempotent);
      observe?.(service, 'ok', seconds());
      return response;
    } catch (err) {
      observe?.(service, err instanceof SubgraphUnavailableError ? err.reason : 'unreachable', seconds());
      throw err;
    } finally {
      slots.release();
    }
  };
  const fetcher = (async (url: string, init?: FetcherRequestInit) => {
    const started = process.hrtime.bigint();
    const seconds = () => Number(process.hrtime.bigint() - started) / 1e9;
    try {
      return await breaker.execute(() => call(url, init, seconds));
    } catch (err) {
      if (!(err instanceof BrokenCircuitError)) throw err;
      observe?.(service, 'open', seconds());
      throw new SubgraphUnavailableError(service, 'open', 'it timed out repeatedly; calls fail at once until it answers a probe');
    }
  }) as SubgraphFetcher;
  fetcher.inFlight = () => slots.inFlight;
  fetcher.circuit = () => CIRCUIT_NAMES[breaker.state];
  return fetcher;
}

/** An unnamed fetcher with the default limits (for a stock RemoteGraphQLDataSource, e.g. the benchmark's plain gateway). */
export const subgraphFetcher: Fetcher = createSubgraphFetcher('subgraph');
