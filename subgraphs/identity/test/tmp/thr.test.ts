import { createTestDatabase } from '@syncad/test-support';
import { applyMigrations } from '@syncad/migrations';
import { createCentralDb } from '@syncad/shared-db';
import { loginThrottle } from '../../src/data/loginThrottle';
test('x', async () => {
  const db = await createTestDatabase('thr');
  await applyMigrations(db.url, 'central');
  const c = createCentralDb(db.url);
  const p = { maxFailures: 5, windowSeconds: 900, lockSeconds: 900 };
  const r = [];
  for (let i = 0; i < 7; i++) { r.push(await loginThrottle.countAttempt(c.db, 'k', p)); console.log((await c.pool.query('select * from "LoginThrottle"')).rows); }
  console.log(r);
  await c.close(); await db.drop();
});
