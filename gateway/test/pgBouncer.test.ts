/**
 * School databases through PgBouncer 1.18 in transaction pooling (SYNCAD_DB_POOLERS), with 3
 * server connections for every school together: every playground example answers exactly as
 * it does on direct connections while many run at once, writes (a payment, retried with its
 * idempotency key) land once, the pooler's connect_query carries the statement timeout, and the
 * hazard is real: node-postgres's named statements break through the pooler without the client
 * that sends them unnamed.
 */
import { randomUUID } from 'node:crypto';
import { UnnamedStatementClient } from '@syncad/shared-db';
import { startDemoStack, startPgBouncer, startStack, testAdminUrl, type PgBouncer, type Stack } from '@syncad/test-support';
import pg from 'pg';
import { loadExamples } from '../src/playground/playgroundRoutes';

const SERVER_CONNECTIONS = 3;
let bouncer: PgBouncer;
let demo: Awaited<ReturnType<typeof startDemoStack>>;
let pooled: Stack;

beforeAll(async () => {
  bouncer = await startPgBouncer(testAdminUrl(), { maxServerConnections: SERVER_CONNECTIONS, statementTimeoutMillis: 2_000 });
  demo = await startDemoStack();
  const { dbConfig } = demo.estate;
  // The same secrets: the two stacks' sealed ids and cursors are then the same.
  const { jwtSecret, internalKey } = demo.stack;
  pooled = await startStack({ ...demo.estate, dbConfig: { ...dbConfig, poolers: { default: bouncer.url } } }, { jwtSecret, internalKey });
}, 180_000);

afterAll(async () => {
  await pooled?.stop();
  // The pooler holds server connections to the school databases: gone before they are dropped.
  await bouncer?.stop();
  await demo?.stop();
}, 60_000);

/** The pooler's server connections, sampled every 20 ms until stop(): the peak. */
function sampleServerConnections(): { stop(): Promise<number> } {
  let peak = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      peak = Math.max(peak, await bouncer.serverConnections());
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  return { stop: async () => ((running = false), await loop, peak) };
}

it('answers every example exactly as direct connections do, 4 at a time each, on 3 server connections', async () => {
  const examples = loadExamples();
  const directToken = await demo.stack.login('admin@demo.test', 'demo-password', 'demo');
  const direct = new Map<string, unknown>();
  for (const e of examples) direct.set(e.name, (await demo.stack.graphql(e.query, {}, directToken)).body);

  // The same session on both stacks (the examples list the caller's sessions).
  const token = directToken;
  const sampler = sampleServerConnections();
  const answers = await Promise.all(
    [1, 2, 3, 4].flatMap(() => examples.map(async (e) => ({ name: e.name, body: (await pooled.graphql(e.query, {}, token)).body }))),
  );
  const peak = await sampler.stop();
  for (const { name, body } of answers) {
    expect({ name, errors: body.errors }).toEqual({ name, errors: undefined });
    expect({ name, body }).toEqual({ name, body: direct.get(name) });
  }
  expect(peak).toBeGreaterThan(0);
  expect(peak).toBeLessThanOrEqual(SERVER_CONNECTIONS);
}, 120_000);

it('lands a payment once when it is sent twice at once with one idempotency key, and reads it back', async () => {
  const token = await pooled.login('accountant@demo.test', 'demo-password', 'demo');
  const students = await pooled.graphql('{ students(first: 1) { nodes { id } } }', {}, token);
  const studentId = students.body.data.students.nodes[0].id;
  const balance = async () =>
    (await pooled.graphql('query($id: ID!) { student(id: $id) { feeBalance } }', { id: studentId }, token)).body.data.student.feeBalance;
  const before = await balance();
  const pay = 'mutation($i: RecordPaymentInput!) { recordPayment(input: $i) { voucherNo amount } }';
  const variables = { i: { studentId, amount: '12.34', mode: 'CASH', idempotencyKey: randomUUID() } };
  const key = randomUUID();
  const [a, b] = await Promise.all([0, 1].map(() => pooled.graphql(pay, variables, token, { 'idempotency-key': key })));
  expect(a.body.errors).toBeUndefined();
  expect(b.body).toEqual(a.body);
  expect(a.body.data.recordPayment.amount).toBe('12.34');
  // A payment credits the student's receivable: the balance owed falls by exactly the amount, once.
  const cents = (s: string) => Math.round(Number(s) * 100);
  expect(cents(before) - cents(await balance())).toBe(1234);
}, 60_000);

it("takes the statement timeout from the pooler's connect_query (no startup parameter passes it)", async () => {
  const pool = new pg.Pool({ connectionString: `${bouncer.url}/postgres`, Client: UnnamedStatementClient });
  try {
    const started = Date.now();
    await expect(pool.query('SELECT pg_sleep(10)')).rejects.toMatchObject({ code: '57014' });
    expect(Date.now() - started).toBeLessThan(5_000);
    const refused = new pg.Client({ connectionString: `${bouncer.url}/postgres`, statement_timeout: 1_000 });
    await expect(refused.connect()).rejects.toThrow(/unsupported startup parameter/);
    await refused.end().catch(() => {});
  } finally {
    await pool.end();
  }
});

it('breaks named statements through the pooler, and answers them all once they are sent unnamed', async () => {
  const run = async (Client?: typeof pg.Client) => {
    const pool = new pg.Pool({ connectionString: `${bouncer.url}/postgres`, max: 8, ...(Client ? { Client } : {}) });
    try {
      return await Promise.allSettled(
        Array.from({ length: 120 }, (_, i) => pool.query({ name: `plus_one_${i % 3}`, text: 'SELECT $1::int + 1 AS n', values: [i] })),
      );
    } finally {
      await pool.end();
    }
  };
  const named = await run();
  expect(named.filter((r) => r.status === 'rejected').length).toBeGreaterThan(0);
  const unnamed = await run(UnnamedStatementClient);
  expect(unnamed.map((r) => (r.status === 'fulfilled' ? r.value.rows[0].n : r.reason.message))).toEqual(
    Array.from({ length: 120 }, (_, i) => i + 1),
  );
});
