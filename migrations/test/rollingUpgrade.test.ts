/**
 * A rolling upgrade over an estate, through the real gateway and every school subgraph: one school
 * is current, one is a migration behind (its migration not run yet), one had its last migration
 * fail. The two behind are answered TENANT_UNAVAILABLE ("being upgraded", with retryAfter), never
 * an SQL or internal error, while the current one is served and the gateway stays ready; the
 * gateway's /metrics counts the schools per schema version. Then the migrator catches them up (the
 * failed one once its fault is fixed, with --retry-failed), announces each, and the same requests
 * succeed at once, without restarting anything.
 */
import { dropDatabase, startSubgraphFixture, type EstateSchool, type SubgraphFixture } from '@syncad/test-support';
import { migrateAllSchools, provisionSchool, readMigrations } from '../src';

const MIGRATIONS = readMigrations('school');
const NEWEST = MIGRATIONS.at(-1)!.tag;
/** A table the newest migration creates: made beforehand in a school, it fails that school's migration. */
const NEW_TABLE = /CREATE TABLE "([^"]+)"/.exec(MIGRATIONS.at(-1)!.statements.join('\n'))![1];
/** A read of every school subgraph: academics, finance and transport. */
const READ = `query($day: Date!) { classes { id } feeStructures(first: 1) { totalCount } trips(date: $day) { totalCount } }`;

let f: SubgraphFixture;
let behind: EstateSchool;
let failing: EstateSchool;
const extraDatabases: string[] = [];

/** A school provisioned with every school migration but the newest. */
async function schoolOneMigrationBehind(subdomain: string): Promise<EstateSchool> {
  const school = await provisionSchool(
    f.estate.dbConfig,
    { name: `Behind ${subdomain}`, subdomain },
    { migrations: MIGRATIONS.slice(0, -1) },
  );
  extraDatabases.push(school.databaseName);
  return { id: school.id, name: school.name, subdomain, databaseName: school.databaseName, roles: school.roles, users: {} };
}

beforeAll(async () => {
  f = await startSubgraphFixture(['identity', 'academics', 'finance', 'transport']);
  const run = Math.random().toString(36).slice(2, 8);
  behind = await schoolOneMigrationBehind(`behind${run}`);
  failing = await schoolOneMigrationBehind(`failing${run}`);
  // The newest migration creates this table: already there, it fails in this school.
  await f.sql(`CREATE TABLE "${NEW_TABLE}" (x int)`, [], failing);
}, 120_000);

afterAll(async () => {
  await f?.close();
  for (const name of extraDatabases) await dropDatabase(name);
});

async function readAs(school: EstateSchool) {
  const admin = await f.member('SCHOOL_ADMIN', { school });
  return f.gql(admin, READ, { day: '2026-06-01' });
}

/** Reads as the school's admin until answered without errors, for at most `millis` (the announcement travels asynchronously). */
async function servedWithin(school: EstateSchool, millis: number) {
  const deadline = Date.now() + millis;
  for (;;) {
    const answer = await readAs(school);
    if (!answer.body.errors || Date.now() > deadline) return answer;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function expectBeingUpgraded(answer: Awaited<ReturnType<typeof readAs>>): void {
  expect(answer.status).toBeLessThan(500);
  const errors = answer.body.errors as { message: string; extensions: Record<string, unknown> }[];
  expect(errors.length).toBeGreaterThan(0);
  for (const error of errors) {
    expect(error.extensions).toMatchObject({ code: 'TENANT_UNAVAILABLE', retryAfter: expect.any(Number) });
    expect(error.message).toMatch(/being upgraded/);
  }
  expect(JSON.stringify(answer.body)).not.toMatch(/column|relation|syntax|INTERNAL_SERVER_ERROR/i);
}

test('schools behind are told they are being upgraded, the others are served; then caught up without a restart', async () => {
  const current = await readAs(f.school);
  expect(current.body.errors).toBeUndefined();
  expect(current.body.data).toEqual({ classes: expect.any(Array), feeStructures: { totalCount: 0 }, trips: { totalCount: 0 } });
  expectBeingUpgraded(await readAs(behind));
  expectBeingUpgraded(await readAs(failing));

  // The gateway stays ready while schools are behind.
  const ready = await fetch(new URL('ready', f.stack.opsUrl));
  expect(ready.status).toBe(200);

  // The roll: the behind school is migrated, the failing one fails and is recorded as such.
  const first = await migrateAllSchools(f.estate.dbConfig);
  expect(first.find((r) => r.schoolId === behind.id)).toMatchObject({ ok: true, applied: [NEWEST] });
  expect(first.find((r) => r.schoolId === failing.id)).toMatchObject({ ok: false, error: expect.stringMatching(NEW_TABLE) });
  const metrics = await (await fetch(new URL('metrics', f.stack.opsUrl))).text();
  expect(metrics).toMatch(new RegExp(`^syncad_school_schema_schools\\{version="${NEWEST}"\\} [1-9]`, 'm'));
  expect(metrics).toMatch(/^syncad_school_schema_failed_schools 1$/m);

  // The behind school is served again at once, no restart: the migrator announced it (NOTIFY),
  // well before the 5 s after which a school found behind is read again anyway.
  const caughtUp = await servedWithin(behind, 2_000);
  expect(caughtUp.body.errors).toBeUndefined();
  expect(caughtUp.body.data.feeStructures).toEqual({ totalCount: 0 });
  expectBeingUpgraded(await readAs(failing));

  // The fault is fixed; retrying the failed schools takes up exactly that one.
  await f.sql(`DROP TABLE "${NEW_TABLE}"`, [], failing);
  const retried = await migrateAllSchools(f.estate.dbConfig, { retryFailed: true });
  expect(retried.map((r) => [r.schoolId, r.ok])).toEqual([[failing.id, true]]);
  const recovered = await servedWithin(failing, 2_000);
  expect(recovered.body.errors).toBeUndefined();
  expect(recovered.body.data.feeStructures.totalCount).toBe(0);
}, 120_000);

test('a school with every migration but the newest is refused by every school subgraph alike, never with a 500', async () => {
  const late = await schoolOneMigrationBehind(`late${Math.random().toString(36).slice(2, 8)}`);
  const admin = await f.member('SCHOOL_ADMIN', { school: late });
  for (const query of [
    '{ students(first: 5) { totalCount } }',
    '{ classes { id divisions { id } } }',
    '{ feeStructures(first: 5) { nodes { id } } }',
    '{ receipt(voucherNo: "2026-27/000001") { voucherNo } }',
    '{ buses(first: 5) { totalCount } }',
    '{ trips(date: "2026-06-01") { nodes { id } } }',
  ]) {
    const answer = await f.gql(admin, query);
    expectBeingUpgraded(answer);
  }
}, 60_000);
