/**
 * A request's school database keeps the gateway's deadline in its transactions, on a real
 * PostgreSQL: none begins after it, a statement running past it is stopped, and work that ends
 * after it is rolled back rather than committed. Without a deadline it is the database itself.
 */
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { postgresErrorOf } from '@syncad/platform';
import { schoolDbOver } from '@syncad/shared-db';
import { createTestDatabase, type TestDatabase } from '@syncad/test-support';
import { withDeadline } from '../src/data/withDeadline';

let database: TestDatabase;
let pool: pg.Pool;

beforeAll(async () => {
  database = await createTestDatabase('deadline');
  pool = new pg.Pool({ connectionString: database.url, max: 2 });
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
  expect(withDeadline(db, Infinity)).toBe(db);

  await expect(withDeadline(db, Date.now() - 1).transaction((tx) => tx.execute(insert))).rejects.toMatchObject({
    extensions: { code: 'SUBGRAPH_UNAVAILABLE' },
  });
  // Work that ends after the deadline is rolled back, not committed.
  const late = withDeadline(db, Date.now() + 1_000).transaction(async (tx) => {
    await tx.execute(insert);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
  });
  await expect(late).rejects.toMatchObject({ extensions: { code: 'SUBGRAPH_UNAVAILABLE' } });
  // A statement is stopped when the time left runs out (statement_timeout).
  const slow = withDeadline(db, Date.now() + 1_000).transaction((tx) => tx.execute(sql`SELECT pg_sleep(10)`));
  expect(postgresErrorOf(await slow.catch((err: unknown) => err))?.code).toBe('57014');
  expect(await rows()).toBe(0);

  // In time, it commits; reads outside a transaction are the database's own.
  await withDeadline(db, Date.now() + 5_000).transaction((tx) => tx.execute(insert));
  expect(await rows()).toBe(1);
  expect((await withDeadline(db, Date.now() + 5_000).execute(sql`SELECT 1 AS one`)).rows).toEqual([{ one: 1 }]);
});
