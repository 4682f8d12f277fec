/**
 * Subgraph faults with real processes (identity, academics and the gateway, each its bundle in
 * dist/, as `npm start` and the containers run them): a hung subgraph (SIGSTOP) and a killed one
 * make their fields null with SUBGRAPH_UNAVAILABLE while identity's `me` answers (a hung one costs
 * three timeouts, then its circuit opens and requests fail at once); service resumes within 5 s
 * of the subgraph's return, without restarting the gateway. Then graceful shutdown on
 * SIGTERM of a subgraph and of a gateway, with a request in flight, and the drain bound.
 */
import {
  createTestEstate,
  databaseUrl,
  postJson,
  spawnService,
  startProcessStack,
  testAdminUrl,
  type ProcessStack,
  type TestEstate,
} from '@syncad/test-support';
import { accepts, lockTable, someoneWaitsForLock, timed, waitFor } from './waitFor';

const TIMEOUT_MS = 1_000;
/** Timeouts in a row that open a subgraph's circuit (the default). */
const BREAK_AFTER = 3;
const DASHBOARD = 'query Dashboard { me { email } students(first: 1) { totalCount } }';

let estate: TestEstate;
let stack: ProcessStack;
let token: string;
let email: string;
let schoolDbUrl: string;

beforeAll(async () => {
  estate = await createTestEstate({ schools: 1 });
  stack = await startProcessStack(estate, {
    subgraphs: ['identity', 'academics'],
    env: { SYNCAD_SUBGRAPH_TIMEOUT_MS: String(TIMEOUT_MS), SYNCAD_SUBGRAPH_MAX_IN_FLIGHT: '8' },
  });
  const [school] = estate.schools;
  email = school.users.SCHOOL_ADMIN.email;
  token = await stack.login(email, estate.password, school.subdomain);
  schoolDbUrl = databaseUrl(testAdminUrl(), school.databaseName);
}, 120_000);

afterAll(async () => {
  await stack?.stop();
  await estate?.drop();
});

const dashboard = () => stack.graphql(DASHBOARD, undefined, token);
const healthy = async () => {
  const answer = await dashboard();
  return answer.status === 200 && !answer.body.errors && answer.body.data.students.totalCount === 0;
};

/** The answer a client gets while academics is unavailable: me answers, students is null with one error naming academics. */
function expectAcademicsUnavailable(answer: Awaited<ReturnType<typeof dashboard>>): void {
  expect(answer.status).toBe(200);
  expect(answer.body.data).toEqual({ me: { email }, students: null });
  expect(answer.body.errors).toHaveLength(1);
  const [error] = answer.body.errors;
  expect(error.path).toEqual(['students']);
  expect(error.message).toContain('academics');
  expect(error.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', service: 'academics', requestId: answer.headers['x-request-id'] });
}

test('a hung subgraph (SIGSTOP): its fields are null with SUBGRAPH_UNAVAILABLE within the time limit, then at once once its circuit opens; the gateway stays ready; back within 5 s of SIGCONT', async () => {
  expect(await healthy()).toBe(true);
  const gatewayPid = stack.services.gateway.pid;
  const timeouts: number[] = [];
  let fast: number;
  stack.services.academics.signal('SIGSTOP');
  try {
    // Each of the first BREAK_AFTER requests waits out the time limit.
    for (let i = 0; i < BREAK_AFTER; i++) {
      const { value: answer, millis } = await timed(dashboard);
      expectAcademicsUnavailable(answer);
      expect(millis).toBeGreaterThanOrEqual(TIMEOUT_MS - 50);
      // Wall-time bounds are ten times what they measure on a quiet machine (here ~the limit itself).
      expect(millis).toBeLessThan(TIMEOUT_MS * 10);
      timeouts.push(millis);
    }
    // Then the circuit is open: the next ones fail at once, identity's part still answered.
    const { value: answer, millis } = await timed(dashboard);
    expectAcademicsUnavailable(answer);
    expect(answer.body.errors[0].message).toMatch(new RegExp(`${BREAK_AFTER} times in a row`));
    fast = millis;
    expect(fast).toBeLessThan(TIMEOUT_MS);
    // This gateway can still serve: /ready stays 200 (a load balancer keeps it); /status names the subgraph.
    const ready = await fetch(new URL('ready', stack.services.gateway.opsUrl));
    expect(ready.status).toBe(200);
    const status = (await (await fetch(new URL('status', stack.services.gateway.opsUrl))).json()) as {
      status: string;
      checks: Record<string, string>;
    };
    expect(status.status).toBe('degraded');
    expect(status.checks).toMatchObject({ 'central database': 'ok', identity: 'ok (circuit closed)' });
    expect(status.checks.academics).toMatch(/^unavailable: .*\(circuit open\)$/);
  } finally {
    stack.services.academics.signal('SIGCONT');
  }
  const back = await waitFor(healthy, 5_000);
  console.log(
    `hung subgraph: ${BREAK_AFTER} answers after ${timeouts.join(', ')} ms (limit ${TIMEOUT_MS} ms), then at once (${fast} ms, circuit open); served again ${back} ms after SIGCONT`,
  );
  expect(back).toBeLessThan(5_000);
  expect(stack.services.gateway.pid).toBe(gatewayPid);
  const statusAgain = (await (await fetch(new URL('status', stack.services.gateway.opsUrl))).json()) as { checks: Record<string, string> };
  expect(statusAgain.checks).toMatchObject({ 'central database': 'ok', identity: 'ok (circuit closed)', academics: 'ok (circuit closed)' });
}, 60_000);

test('a killed subgraph: SUBGRAPH_UNAVAILABLE at once; started again on its port, it serves within 5 s with the same gateway', async () => {
  const gatewayPid = stack.services.gateway.pid;
  stack.services.academics.signal('SIGKILL');
  await stack.services.academics.exited;
  const { value: answer, millis } = await timed(dashboard);
  expectAcademicsUnavailable(answer);
  expect(millis).toBeLessThan(TIMEOUT_MS);
  await stack.restart('academics');
  const back = await waitFor(healthy, 5_000);
  console.log(`killed subgraph: unavailable answer after ${millis} ms; served again ${back} ms after the restarted process listened`);
  expect(back).toBeLessThan(5_000);
  expect(stack.services.gateway.pid).toBe(gatewayPid);
  // The gateway logged each failed call's request with its code and the subgraphs it called.
  const lines = stack.services.gateway.logs().filter((l) => l.requestId === answer.headers['x-request-id'] && l.msg === 'request');
  expect(lines).toEqual([
    expect.objectContaining({ operation: 'Dashboard', errorCodes: ['SUBGRAPH_UNAVAILABLE'], subgraphs: ['identity', 'academics'] }),
  ]);
}, 60_000);

test('SIGTERM on a subgraph: it stops accepting, finishes the request in flight, closes its pools and exits 0', async () => {
  const academics = stack.services.academics;
  const lock = await lockTable(schoolDbUrl, 'Student');
  let released = false;
  try {
    const inFlight = dashboard();
    await someoneWaitsForLock(testAdminUrl(), new URL(schoolDbUrl).pathname.slice(1));
    academics.signal('SIGTERM');
    await waitFor(() => academics.logs().some((l) => l.msg.startsWith('stopping')), 5_000, 20);
    await waitFor(async () => !(await accepts(academics.port)), 2_000, 20);
    await lock.release();
    released = true;
    const answer = await inFlight;
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data.students.totalCount).toBe(0);
    expect(await academics.exited).toEqual({ code: 0, signal: null });
    expect(academics.logs().map((l) => l.msg)).toContain('stopped');
  } finally {
    if (!released) await lock.release();
  }
  await stack.restart('academics');
  await waitFor(healthy, 5_000);
}, 60_000);

test('SIGTERM on a gateway: in-flight requests finish, new connections are refused, exit 0; past the drain time they are cut and it exits anyway', async () => {
  const database = new URL(schoolDbUrl).pathname.slice(1);
  for (const drainMillis of [10_000, 300]) {
    const gateway = await spawnService('gateway', { ...stack.gatewayEnv, SYNCAD_SHUTDOWN_DRAIN_MS: String(drainMillis) });
    const lock = await lockTable(schoolDbUrl, 'Student');
    try {
      const inFlight = postJson(gateway.url, { query: DASHBOARD }, { authorization: `Bearer ${token}` }).catch((err: Error) => err);
      await someoneWaitsForLock(testAdminUrl(), database);
      const signalled = Date.now();
      gateway.signal('SIGTERM');
      await waitFor(async () => !(await accepts(gateway.port)), 2_000, 20);
      if (drainMillis > 1_000) {
        await lock.release();
        const answer = await inFlight;
        expect((answer as { status?: number }).status).toBe(200);
        const exit = await gateway.exited;
        if (exit.code !== 0) console.log(gateway.output.join('\n'));
        expect(exit).toEqual({ code: 0, signal: null });
      } else {
        // Bounded: the request still waits on the lock, but the gateway cuts it and exits.
        expect(await gateway.exited).toEqual({ code: 0, signal: null });
        expect(Date.now() - signalled).toBeLessThan((drainMillis + 500) * 10);
        expect(String(((await inFlight) as Error).message)).toMatch(/socket hang up|ECONNRESET/);
      }
      expect(gateway.logs().map((l) => l.msg)).toEqual(
        expect.arrayContaining(['stopping: no new connections, finishing in-flight requests', 'stopped']),
      );
    } finally {
      await lock.release();
      await gateway.stop();
    }
  }
}, 90_000);
