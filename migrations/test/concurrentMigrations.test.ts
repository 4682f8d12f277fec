/** Four migrators started at once on one fresh database: all succeed and each migration is applied once. */
import { createTestDatabase, type TestDatabase } from '@syncad/test-support';
import pg from 'pg';
import { applyMigrations, JOURNAL_TABLE, readMigrations } from '../src';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase('mig_concurrent');
});
afterAll(() => db.drop());

test('four concurrent applyMigrations on one database: each migration applied exactly once', async () => {
  const tags = readMigrations('school').map((m) => m.tag);
  const results = await Promise.all([1, 2, 3, 4].map(() => applyMigrations(db.url, 'school')));

  // Between them the four runs applied every migration once; the others found it done.
  expect(results.flatMap((r) => r.applied).sort()).toEqual([...tags].sort());
  for (const r of results) expect(r.applied.length + r.alreadyApplied).toBe(tags.length);

  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  try {
    const journal = await client.query(`SELECT tag, count(*)::int AS n FROM "${JOURNAL_TABLE}" GROUP BY tag ORDER BY tag`);
    expect(journal.rows).toEqual(tags.map((tag) => ({ tag, n: 1 })));
  } finally {
    await client.end();
  }
});
