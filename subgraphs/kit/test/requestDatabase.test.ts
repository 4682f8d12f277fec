/**
 * A request's school database keeps the gateway's deadline in its transactions, on a real
 * PostgreSQL: none begins after it, a statement running past it is stopped, and work that ends
 * after it is rolled back rather than committed. Its transactions name the caller for the audit
 * trail, and only they. Without a deadline or a caller it is the database itself. Statements
 * prepared on it are the school client's, shared by every request.
 */
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { postgresErrorOf } from '@syncad/platform';
import { schoolDbOver } from '@syncad/shared-db';
import { createTestDatabase, type TestDatabase } from '@syncad/test-support';
import { namedQuery, preparedOn, statementTexts } from '../src/data/prepared';
import { actAs, actorOf, forRequest } from '../src/data/requestDatabase';

let database: TestDatabase;
let pool: pg.Pool;

beforeAll(async () => {
  database = await createTestDatabase('deadline');
  pool = new pg.Pool({ connectionString: database.url, max: 2 });
  // An idle client's error must not fail the suite: afterAll drops the database WITH (FORCE),
  // which terminates (57P01) any backend still open (seen once in CI, Node 24 against the server).
  pool.on('error', () => {});
  await pool.query('CREATE TABLE written (n int)');
});
afterAll(async () => {
  await pool?.end();
  await database?.drop();
});

const rows = async () => Number((await pool.query('SELECT count(*) AS n FROM written')).rows[0].n);
const insert = sql`INSERT INTO written VALUES (1)`;

test('no transaction begins, runs or commits past the deadline', async () => {
  const db = schoolDbOver(pool);
  expect(forRequest(db, { deadline: Infinity, actor: null })).toBe(db);

  await expect(forRequest(db, { deadline: Date.now() - 1, actor: null }).transaction((tx) => tx.execute(insert))).rejects.toMatchObject({
    extensions: { code: 'SUBGRAPH_UNAVAILABLE' },
  });
  // Work that ends after the deadline is rolled back, not committed.
  const late = forRequest(db, { deadline: Date.now() + 1_000, actor: null }).transaction(async (tx) => {
    await tx.execute(insert);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
  });
  await expect(late).rejects.toMatchObject({ extensions: { code: 'SUBGRAPH_UNAVAILABLE' } });
  // A statement is stopped when the time left runs out (statement_timeout).
  const slow = forRequest(db, { deadline: Date.now() + 1_000, actor: null }).transaction((tx) => tx.execute(sql`SELECT pg_sleep(10)`));
  expect(postgresErrorOf(await slow.catch((err: unknown) => err))?.code).toBe('57014');
  expect(await rows()).toBe(0);

  // In time, it commits; reads outside a transaction are the database's own.
  await forRequest(db, { deadline: Date.now() + 5_000, actor: null }).transaction((tx) => tx.execute(insert));
  expect(await rows()).toBe(1);
  expect((await forRequest(db, { deadline: Date.now() + 5_000, actor: null }).execute(sql`SELECT 1 AS one`)).rows).toEqual([{ one: 1 }]);
});

test("a transaction names its actor, for itself alone; the time limit without a deadline stays the connection's", async () => {
  const db = schoolDbOver(pool);
  const actor = actorOf({ userId: '00000000-0000-4000-8000-000000000001', apiKey: true });
  expect(actor).toBe('API_KEY:00000000-0000-4000-8000-000000000001');
  const setting = sql`SELECT current_setting('syncad.actor', true) AS actor, current_setting('statement_timeout') AS timeout`;
  const inside = await forRequest(db, { deadline: Infinity, actor }).transaction((tx) => tx.execute(setting));
  expect(inside.rows).toEqual([{ actor, timeout: '0' }]);
  // The setting ends with the transaction: the next user of the pooled connection is nobody.
  const after = (await db.execute(setting)).rows[0] as { actor: string | null };
  expect(after.actor ?? '').toBe('');
  const switched = await db.transaction(async (tx) => {
    await actAs(tx, 'USER:00000000-0000-4000-8000-000000000002');
    return tx.execute(setting);
  });
  expect(switched.rows[0]).toMatchObject({ actor: 'USER:00000000-0000-4000-8000-000000000002' });
});

test("a prepared statement is built once per school client, not once per request's database", async () => {
  const db = schoolDbOver(pool);
  const builds: string[] = [];
  const build = (name: string) => (builds.push(name), { name });
  const requests = [1, 2, 3].map(() => forRequest(db, { deadline: Date.now() + 5_000, actor: 'USER:x' }));
  const statements = requests.map((request) => preparedOn(request, 'kit_test_statement', build));
  expect(builds).toEqual(['kit_test_statement']);
  expect(new Set(statements).size).toBe(1);
  // Another school's client (another pool) has its own.
  const other = new pg.Pool({ connectionString: database.url, max: 1 });
  try {
    expect(preparedOn(schoolDbOver(other), 'kit_test_statement', build)).not.toBe(statements[0]);
    expect(builds).toHaveLength(2);
  } finally {
    await other.end();
  }
  // Named plain statements run on any request's database are the client's texts.
  await namedQuery(requests[0], 'kit_test_plain', 'SELECT $1::int AS n', [1]);
  expect(statementTexts(requests[2]).get('kit_test_plain')).toEqual({ text: 'SELECT $1::int AS n', params: null });
});
