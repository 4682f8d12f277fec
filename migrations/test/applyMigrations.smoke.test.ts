import { createTestDatabase } from '@syncad/test-support';
import { applyMigrations } from '../src';

test('central and school migrations apply, and a second run is a no-op', async () => {
  const central = await createTestDatabase('mig_central');
  const school = await createTestDatabase('mig_school');
  try {
    expect((await applyMigrations(central.url, 'central')).applied).toEqual(['0000_initial']);
    expect((await applyMigrations(school.url, 'school')).applied).toEqual(['0000_initial', '0001_ledger_integrity']);
    expect(await applyMigrations(school.url, 'school')).toEqual({ applied: [], alreadyApplied: 2 });
  } finally {
    await central.drop();
    await school.drop();
  }
});
