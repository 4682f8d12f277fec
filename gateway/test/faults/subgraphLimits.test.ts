/**
 * The bounds on subgraph calls, against a socket that accepts connections and never answers:
 * at most `maxInFlight` requests reach it at once, `maxQueued` more wait within the same time
 * limit, the rest are refused at once; every caller gets SUBGRAPH_UNAVAILABLE for academics'
 * fields within the time limit while identity's `me` answers, and /metrics counts the outcomes.
 */
import net from 'node:net';
import { createSubgraphFetcher, SubgraphUnavailableError } from '@syncad/gateway';
import {
  createTestEstate,
  openSession,
  repositorySubgraphs,
  startStack,
  type Stack,
  type StackSubgraph,
  type TestEstate,
} from '@syncad/test-support';
import { timed } from './waitFor';

const LIMITS = { timeoutMillis: 800, maxInFlight: 2, maxQueued: 6 };
const CALLERS = 8;

let estate: TestEstate;
let stack: Stack;
let hole: net.Server;
let open = 0;
let mostOpen = 0;
/** Requests that reached the socket (the first bytes of a connection: none is ever answered, so one each). */
let received = 0;
const sockets = new Set<net.Socket>();

beforeAll(async () => {
  // Accepts every connection and reads what is sent, never answering: a hung process as the network sees it.
  hole = net.createServer((socket) => {
    sockets.add(socket);
    mostOpen = Math.max(mostOpen, ++open);
    socket.once('data', () => received++);
    socket.on('close', () => {
      open--;
      sockets.delete(socket);
    });
    socket.on('error', () => {});
    socket.resume();
  });
  await new Promise<void>((resolve) => hole.listen(0, '127.0.0.1', resolve));
  const { port } = hole.address() as net.AddressInfo;
  const [academics] = repositorySubgraphs(['academics']);
  const silent: StackSubgraph = {
    name: 'academics',
    sdl: academics.sdl,
    start: async () => ({ url: `http://127.0.0.1:${port}/`, stop: async () => {} }),
  };
  estate = await createTestEstate({ schools: 1 });
  // In-flight deduplication off: these identical concurrent queries would share one fetch, and this tests the bounds.
  stack = await startStack(estate, {
    subgraphs: [...repositorySubgraphs(['identity']), silent],
    gateway: { subgraphLimits: LIMITS, dedupeInflight: false },
  });
}, 60_000);

afterAll(async () => {
  await stack?.stop();
  await estate?.drop();
  for (const socket of sockets) socket.destroy();
  hole?.close();
});

test('a subgraph that never answers holds at most maxInFlight requests; the others wait within the same time limit; all get SUBGRAPH_UNAVAILABLE in time while identity answers', async () => {
  const [school] = estate.schools;
  const token = (await openSession(estate.centralUrl, school, 'TEACHER', stack.jwtSecret)).token;
  // Warm identity first: its first request (pools, caches) can take longer than this stack's 800 ms
  // limit on a busy machine, and identity's speed is not what this test measures.
  for (let i = 0; i < 10; i++) {
    const warm = await stack.graphql('{ me { email } }', undefined, token);
    if (warm.status === 200 && !warm.body.errors) break;
  }
  // The gateway's own count of requests in flight to academics, sampled through the burst.
  const gauge = stack.gateway.metrics.registry.getSingleMetric('syncad_gateway_subgraph_requests_in_flight')!;
  let mostInFlight = 0;
  const sampler = setInterval(async () => {
    const { values } = await gauge.get();
    mostInFlight = Math.max(mostInFlight, ...values.filter((v) => v.labels.subgraph === 'academics').map((v) => v.value));
  }, 5);
  const { value: answers, millis } = await timed(() =>
    Promise.all(
      Array.from({ length: CALLERS }, () =>
        stack.graphql('query Dashboard { me { schools { roleName } } classes { id } }', undefined, token),
      ),
    ),
  );
  clearInterval(sampler);
  for (const answer of answers) {
    expect(answer.status).toBe(200);
    expect(answer.body.data).toEqual({ me: { schools: [{ roleName: 'TEACHER' }] }, classes: null });
    expect(answer.body.errors).toEqual([
      expect.objectContaining({
        path: ['classes'],
        extensions: expect.objectContaining({ code: 'SUBGRAPH_UNAVAILABLE', service: 'academics' }),
      }),
    ]);
  }
  const messages = answers.map((a) => a.body.errors[0].message as string);
  // The first 2 reach the socket and time out; the others wait for a slot within their own deadline
  // (the gateway starts them some ms apart, so a late one may get a freed slot and time out there).
  const timedOut = messages.filter((m) => m.includes(`no answer within ${LIMITS.timeoutMillis} ms`)).length;
  const waitedInVain = messages.filter((m) => m.includes('already in flight')).length;
  expect(timedOut).toBeGreaterThanOrEqual(LIMITS.maxInFlight);
  expect(timedOut + waitedInVain).toBe(CALLERS);
  expect(mostInFlight).toBe(LIMITS.maxInFlight);
  // Only calls that held a slot reached the socket (each timed out there); none that waited in vain.
  expect(received).toBeLessThanOrEqual(timedOut);
  // Seen from the socket, a timed-out call's connection is destroyed as its slot passes to a waiting
  // call, and its close may arrive after the next call's connection opened: one extra per slot at most.
  expect(mostOpen).toBeLessThanOrEqual(LIMITS.maxInFlight * 2);
  // Ten times what it measures on a quiet machine (about the limit): bounded, not hanging.
  expect(millis).toBeLessThan(LIMITS.timeoutMillis * 10);

  const metrics = await (await fetch(new URL('metrics', stack.opsUrl))).text();
  // A histogram prints no line for an outcome never observed (no call waited in vain: each found a
  // freed slot in time, seen once in CI under load): that outcome's count is 0.
  const count = (outcome: string) =>
    Number(
      new RegExp(`syncad_gateway_subgraph_request_duration_seconds_count\\{subgraph="academics",outcome="${outcome}"\\} (\\d+)`).exec(
        metrics,
      )?.[1] ?? 0,
    );
  expect(count('timeout')).toBe(timedOut);
  expect(count('busy')).toBe(waitedInVain);
  expect(metrics).toContain(`syncad_gateway_requests_total{operation="Dashboard",type="query",outcome="SUBGRAPH_UNAVAILABLE"} ${CALLERS}`);
});

test('past the queue bound a call is refused at once, without touching the subgraph', async () => {
  const { port } = hole.address() as net.AddressInfo;
  const fetcher = createSubgraphFetcher('academics', { timeoutMillis: 500, maxInFlight: 1, maxQueued: 1 });
  const before = received;
  const calls = Array.from({ length: 4 }, () =>
    timed(() =>
      fetcher(`http://127.0.0.1:${port}/`, { method: 'POST', body: '{}' }).then(
        () => null,
        (err: Error) => err,
      ),
    ),
  );
  const results = await Promise.all(calls);
  const refusedAtOnce = results.filter((r) => r.value?.message.includes('already in flight') && r.millis < 100);
  expect(refusedAtOnce).toHaveLength(2);
  expect(results.filter((r) => r.value instanceof SubgraphUnavailableError)).toHaveLength(4);
  expect(received - before).toBe(1);
});
