import { adminQuery, createTestDatabase } from '../src';

test('creates a uniquely named database on the test server and drops it', async () => {
  const db = await createTestDatabase('smoke');
  const exists = await adminQuery(`SELECT 1 FROM pg_database WHERE datname = '${db.name}'`);
  expect(exists.rowCount).toBe(1);
  await db.drop();
  const gone = await adminQuery(`SELECT 1 FROM pg_database WHERE datname = '${db.name}'`);
  expect(gone.rowCount).toBe(0);
});
