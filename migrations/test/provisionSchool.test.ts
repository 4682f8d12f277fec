/**
 * Provisioning schools on a real server: a school gets its own migrated database and, in one
 * central transaction, its row, the modules and the built-in roles with every permission row.
 * Refusals (bad input, taken subdomain, a concurrent twin) and failures leave no database behind.
 * Every database made here starts with the central test database's name and is dropped afterwards.
 */
import { central, createCentralDb, DEFAULT_SERVER, READ_ONLY_MODULES, type CentralDbHandle } from '@syncad/shared-db';
import { adminQuery, createTestDatabase, databaseUrl, testAdminUrl, type TestDatabase } from '@syncad/test-support';
import { and, eq } from 'drizzle-orm';
import pg from 'pg';
import { verify } from '@node-rs/argon2';
import {
  applyMigrations,
  BUILTIN_MODULES,
  BUILTIN_ROLES,
  provisionSchool,
  ProvisionError,
  readMigrations,
  schoolDatabaseName,
  type ProvisionConfig,
  validateSchoolInput,
} from '../src';
import { databasesWithPrefix, dropDatabasesWithPrefix, runCli } from './helpers';

let centralDb: TestDatabase;
let handle: CentralDbHandle;
let config: ProvisionConfig;
let prefix: string;

beforeAll(async () => {
  centralDb = await createTestDatabase('prov');
  prefix = `${centralDb.name}_`;
  await applyMigrations(centralDb.url, 'central');
  config = { centralUrl: centralDb.url, servers: { [DEFAULT_SERVER]: centralDb.url } };
  handle = createCentralDb(centralDb.url, 2);
});

// Several school databases to drop: slow on a busy machine, so cleanup gets its own bound.
afterAll(async () => {
  await handle?.close();
  await dropDatabasesWithPrefix(prefix);
  await centralDb.drop();
}, 300_000);

async function schoolRows(subdomain: string) {
  return handle.db.select().from(central.School).where(eq(central.School.subdomain, subdomain));
}

async function expectProvisionError(promise: Promise<unknown>, code: string, message?: RegExp) {
  const err = await promise.then(
    () => {
      throw new Error('expected a ProvisionError');
    },
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ProvisionError);
  expect((err as ProvisionError).code).toBe(code);
  if (message) expect((err as ProvisionError).message).toMatch(message);
}

async function withClient<T>(url: string, work: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

describe('a provisioned school', () => {
  let schoolUrl: string;
  let studentId: string;
  let yearId: string;

  beforeAll(async () => {
    const school = await provisionSchool(config, { name: '  Green Valley  ', subdomain: 'Green-Valley', board: ' CBSE ' });
    expect(school).toMatchObject({
      name: 'Green Valley',
      subdomain: 'green-valley',
      databaseName: `${centralDb.name}_green_valley`,
      dbServer: DEFAULT_SERVER,
      board: 'CBSE',
      district: null,
      migrationsApplied: readMigrations('school').map((m) => m.tag),
    });
    expect(await databasesWithPrefix(prefix)).toEqual([school.databaseName]);
    schoolUrl = databaseUrl(testAdminUrl(), school.databaseName);
    const [row] = await schoolRows('green-valley');
    expect(row).toMatchObject({ id: school.id, databaseName: school.databaseName, name: 'Green Valley' });

    await withClient(schoolUrl, async (c) => {
      yearId = (
        await c.query(
          `INSERT INTO "AcademicYear" ("schoolId", name, "startDate", "endDate") VALUES ($1, '2026-27', '2026-04-01', '2027-03-31') RETURNING id`,
          [school.id],
        )
      ).rows[0].id;
      studentId = (
        await c.query(`INSERT INTO "Student" ("schoolId", "admissionNo", "firstName") VALUES ($1, 'A1', 'Asha') RETURNING id`, [school.id])
      ).rows[0].id;
    });
  });

  test('has 7 roles, each with a permission row for every module, with the intended flags', async () => {
    const rows = await handle.pool.query(
      `SELECT r.name AS role, r."isSelfScoped", m.name AS module, p.read, p.write, p.delete
         FROM "Role" r JOIN "School" s ON s.id = r."schoolId"
         JOIN "Role_Module_Permission" p ON p."roleId" = r.id JOIN "Module" m ON m.id = p."moduleId"
        WHERE s.subdomain = 'green-valley'`,
    );
    expect(rows.rowCount).toBe(7 * BUILTIN_MODULES.length);
    expect(BUILTIN_MODULES.length).toBeGreaterThanOrEqual(10);
    const flags = (role: string, module: string) => {
      const r = rows.rows.find((x) => x.role === role && x.module === module);
      return r && `${r.read ? 'r' : '-'}${r.write ? 'w' : '-'}${r.delete ? 'd' : '-'}`;
    };
    expect(new Set(rows.rows.map((r) => r.role))).toEqual(
      new Set(['SCHOOL_ADMIN', 'TEACHER', 'ACCOUNTANT', 'TRANSPORT_MANAGER', 'LIBRARIAN', 'STUDENT', 'GUARDIAN']),
    );
    for (const m of BUILTIN_MODULES) expect(flags('SCHOOL_ADMIN', m.name)).toBe(READ_ONLY_MODULES.includes(m.name) ? 'r--' : 'rwd');
    expect(flags('SCHOOL_ADMIN', 'audit')).toBe('r--');
    expect(flags('TEACHER', 'attendance')).toBe('rw-');
    expect(flags('TEACHER', 'student')).toBe('r--');
    expect(flags('TEACHER', 'fee')).toBe('---');
    expect(flags('ACCOUNTANT', 'fee')).toBe('rw-');
    expect(flags('ACCOUNTANT', 'transport')).toBe('---');
    expect(flags('TRANSPORT_MANAGER', 'transport')).toBe('rwd');
    expect(flags('LIBRARIAN', 'library')).toBe('rwd');
    expect(flags('STUDENT', 'fee')).toBe('r--');
    expect(flags('STUDENT', 'leave')).toBe('rw-');
    expect(flags('STUDENT', 'user')).toBe('---');
    expect(flags('GUARDIAN', 'fee')).toBe('r--');
    expect(flags('GUARDIAN', 'leave')).toBe('rw-');
    expect(flags('GUARDIAN', 'user')).toBe('---');
    expect(rows.rows.filter((r) => r.isSelfScoped).every((r) => r.role === 'STUDENT' || r.role === 'GUARDIAN')).toBe(true);
    expect(rows.rows.filter((r) => r.role === 'STUDENT' || r.role === 'GUARDIAN').every((r) => r.isSelfScoped)).toBe(true);
    // What was stored is what the definitions say, for every role and module.
    for (const role of BUILTIN_ROLES) {
      for (const [module, f] of Object.entries(role.permissions)) {
        expect([role.name, module, flags(role.name, module)]).toEqual([
          role.name,
          module,
          `${f.read ? 'r' : '-'}${f.write ? 'w' : '-'}${f.delete ? 'd' : '-'}`,
        ]);
      }
    }
    const modules = await handle.db.select({ name: central.Module.name }).from(central.Module);
    expect(modules.map((m) => m.name).sort()).toEqual(BUILTIN_MODULES.map((m) => m.name).sort());
  });

  test("money round-trips exactly and the ledger's integrity is enforced by the database", async () => {
    await withClient(schoolUrl, async (c) => {
      const fs = await c.query(
        `INSERT INTO "FeeStructure" ("schoolId", "academicYearId", name, amount)
           SELECT "schoolId", id, 'Tuition', '10.10' FROM "AcademicYear" WHERE id = $1 RETURNING amount`,
        [yearId],
      );
      expect(fs.rows[0].amount).toBe('10.10');

      // A voucher's lines: (amount, account, entry type) pairs, inserted by one statement.
      const lines = (voucherNo: string, pairs: Array<[string, string, string]>, student = studentId, date = '2026-05-01') =>
        c.query(
          `INSERT INTO "FeeLedger" ("schoolId", "studentId", "academicYear", "voucherNo", date, amount, account, "entryType")
             SELECT s."schoolId", s.id, '2026-27', $2, $3::date, x.amount, x.account, x."entryType"
             FROM "Student" s, unnest($4::numeric[], $5::text[], $6::text[]) AS x(amount, account, "entryType") WHERE s.id = $1`,
          [student, voucherNo, date, pairs.map((p) => p[0]), pairs.map((p) => p[1]), pairs.map((p) => p[2])],
        );
      const voucher = `INSERT INTO "FeeVoucher" ("schoolId", "voucherNo", kind, date, "studentId")
                       SELECT "schoolId", $2, 'CHARGE', '2026-05-01', id FROM "Student" WHERE id = $1`;
      const balanced: Array<[string, string, string]> = [
        ['10.10', 'FEE_RECEIVABLE', 'DR'],
        ['-10.10', 'FEE_INCOME', 'CR'],
      ];

      // Balanced: +10.10 DR / -10.10 CR commits.
      await c.query('BEGIN');
      await c.query(voucher, [studentId, 'V-1']);
      await lines('V-1', balanced);
      await c.query('COMMIT');
      const posted = await c.query(
        `SELECT amount, sum(amount) OVER () AS total FROM "FeeLedger" WHERE "voucherNo" = 'V-1' ORDER BY amount DESC`,
      );
      expect(posted.rows).toEqual([
        { amount: '10.10', total: '0.00' },
        { amount: '-10.10', total: '0.00' },
      ]);

      // Unbalanced: the deferred trigger refuses it at COMMIT, and nothing stays.
      await c.query('BEGIN');
      await c.query(voucher, [studentId, 'V-2']);
      await lines('V-2', [
        ['10.10', 'FEE_RECEIVABLE', 'DR'],
        ['-10.00', 'FEE_INCOME', 'CR'],
      ]);
      await expect(c.query('COMMIT')).rejects.toMatchObject({ code: '23514', message: expect.stringMatching(/V-2 is unbalanced/) });
      expect((await c.query(`SELECT count(*)::int AS n FROM "FeeVoucher" WHERE "voucherNo" = 'V-2'`)).rows[0].n).toBe(0);

      // A voucher without lines: refused at COMMIT.
      await c.query('BEGIN');
      await c.query(voucher, [studentId, 'V-3']);
      await expect(c.query('COMMIT')).rejects.toMatchObject({
        code: '23514',
        message: expect.stringMatching(/V-3 is unbalanced: 0 lines/),
      });

      // Two balanced lines added to a posted voucher: refused at once.
      await expect(lines('V-1', balanced)).rejects.toMatchObject({
        code: '55000',
        message: expect.stringMatching(/V-1 has lines already/),
      });
      // Lines split over two statements of one transaction: the second is refused too.
      await c.query('BEGIN');
      await c.query(voucher, [studentId, 'V-4']);
      await lines('V-4', [balanced[0]]);
      await expect(lines('V-4', [balanced[1]])).rejects.toMatchObject({ code: '55000' });
      await c.query('ROLLBACK');

      // Lines that name another date than their voucher, or a voucher that does not exist.
      await c.query('BEGIN');
      await c.query(voucher, [studentId, 'V-5']);
      await expect(lines('V-5', balanced, studentId, '1900-01-01')).rejects.toMatchObject({
        code: '23514',
        message: expect.stringMatching(/V-5 differs from its voucher/),
      });
      await c.query('ROLLBACK');
      await expect(lines('V-none', balanced)).rejects.toMatchObject({ code: '23503' });

      // Append-only: no UPDATE, no DELETE, on lines or vouchers.
      await expect(c.query(`UPDATE "FeeLedger" SET narration = 'x'`)).rejects.toMatchObject({ code: '55000' });
      await expect(c.query(`DELETE FROM "FeeLedger"`)).rejects.toMatchObject({ code: '55000' });
      await expect(c.query(`DELETE FROM "FeeVoucher"`)).rejects.toMatchObject({ code: '55000' });
      expect((await c.query(`SELECT count(*)::int AS n FROM "FeeLedger"`)).rows[0].n).toBe(2);
    });
  });
});

test('a taken subdomain is refused with CONFLICT before anything is created', async () => {
  await provisionSchool(config, { name: 'Dup School', subdomain: 'dup' });
  const before = await databasesWithPrefix(prefix);
  await expectProvisionError(provisionSchool(config, { name: 'Dup Again', subdomain: ' DUP ' }), 'CONFLICT', /"dup" already exists/);
  expect(await databasesWithPrefix(prefix)).toEqual(before);
  expect(await schoolRows('dup')).toHaveLength(1);
});

test('two concurrent provisions of one subdomain: exactly one wins, no orphan database', async () => {
  const results = await Promise.allSettled([
    provisionSchool(config, { name: 'Race One', subdomain: 'race' }),
    provisionSchool(config, { name: 'Race Two', subdomain: 'race' }),
  ]);
  const won = results.filter((r) => r.status === 'fulfilled');
  const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
  expect(won).toHaveLength(1);
  expect(lost).toHaveLength(1);
  expect(lost[0].reason).toMatchObject({ code: 'CONFLICT' });
  expect((await databasesWithPrefix(prefix)).filter((n) => n === `${prefix}race`)).toHaveLength(1);
  expect(await schoolRows('race')).toHaveLength(1);
});

test('invalid input is BAD_USER_INPUT and creates nothing', async () => {
  const databasesBefore = await databasesWithPrefix(prefix);
  const schoolsBefore = (await handle.db.select().from(central.School)).length;
  const bad = [
    { name: ' x ', subdomain: 'okname' },
    { name: 'n'.repeat(201), subdomain: 'okname' },
    { name: 'Fine Name', subdomain: 'under_score' },
    { name: 'Fine Name', subdomain: '-lead' },
    { name: 'Fine Name', subdomain: 'trail-' },
    { name: 'Fine Name', subdomain: 'a'.repeat(64) },
    { name: 'Fine Name', subdomain: '' },
    { name: 'Fine Name', subdomain: 'www' },
    { name: 'Fine Name', subdomain: 'admin' },
    { name: 'Fine Name', subdomain: 'okname', dbServer: 'nowhere' },
    { name: 'Fine Name', subdomain: 'okname', timezone: 'Mars/Olympus_Mons' },
  ];
  for (const input of bad) {
    await expectProvisionError(provisionSchool(config, input), 'BAD_USER_INPUT');
  }
  expect(await databasesWithPrefix(prefix)).toEqual(databasesBefore);
  expect((await handle.db.select().from(central.School)).length).toBe(schoolsBefore);
});

test("a time zone keeps the name given (not the runtime's alias for it), in its canonical letter case", () => {
  const zoneOf = (timezone: string) => validateSchoolInput({ name: 'Zone School', subdomain: 'zones', timezone }, DEFAULT_SERVER).timezone;
  // This runtime's ICU resolves Asia/Kolkata to its older alias Asia/Calcutta: neither is swapped for the other.
  expect(zoneOf('Asia/Kolkata')).toBe('Asia/Kolkata');
  expect(zoneOf(' Asia/Calcutta ')).toBe('Asia/Calcutta');
  expect(zoneOf('europe/london')).toBe('Europe/London');
  expect(zoneOf('')).toBe(central.DEFAULT_SCHOOL_TIMEZONE);
});

test('a failure after CREATE DATABASE drops the new database again and registers nothing', async () => {
  const broken = [...readMigrations('school'), { tag: '9999_broken', hash: 'x', statements: ['SELECT * FROM "NoSuchTable"'] }];
  await expectProvisionError(
    provisionSchool(config, { name: 'Broken School', subdomain: 'broken' }, { migrations: broken }),
    'INTERNAL_SERVER_ERROR',
    /9999_broken failed/,
  );
  expect(await databasesWithPrefix(`${prefix}broken`)).toEqual([]);
  expect(await schoolRows('broken')).toHaveLength(0);
});

test('an unregistered database already holding the name is CONFLICT and is left alone', async () => {
  const name = `${prefix}squatter`;
  await adminQuery(`CREATE DATABASE "${name}"`);
  await expectProvisionError(provisionSchool(config, { name: 'Squatter', subdomain: 'squatter' }), 'CONFLICT', /already exists/);
  expect(await databasesWithPrefix(name)).toEqual([name]);
  expect(await schoolRows('squatter')).toHaveLength(0);
});

test('database names stay within 63 characters and unique', () => {
  const long = 'c'.repeat(40);
  const a = schoolDatabaseName(long, `${'x'.repeat(30)}-a`);
  const b = schoolDatabaseName(long, `${'x'.repeat(30)}-b`);
  expect(a.length).toBeLessThanOrEqual(63);
  expect(b.length).toBeLessThanOrEqual(63);
  expect(a).not.toBe(b);
  expect(schoolDatabaseName('syncad_central', 'green-valley')).toBe('syncad_central_green_valley');
});

test('school:create CLI: prints the new school; bad input is one line and exit 2', async () => {
  const env = { DATABASE_URL: centralDb.url, SYNCAD_DB_SERVERS: undefined };
  const ok = await runCli('createSchoolCli.ts', ['--name', 'Hill Top', '--subdomain', 'hilltop', '--timezone', 'europe/london'], env);
  const [bad, dup] = await Promise.all([
    runCli('createSchoolCli.ts', ['--name', 'Hill Top', '--subdomain', 'Bad Sub!'], env),
    runCli('createSchoolCli.ts', ['--name', 'Hill Top', '--subdomain', 'hilltop'], env),
  ]);
  const [row] = await schoolRows('hilltop');
  expect(ok.code).toBe(0);
  // The time zone is stored in its canonical spelling.
  expect(ok.stdout.trim()).toBe(
    `school created: id=${row.id} subdomain=hilltop database=${prefix}hilltop server=default timezone=Europe/London`,
  );
  expect(row.timezone).toBe('Europe/London');
  expect(bad.code).toBe(2);
  expect(bad.stderr.trim()).toMatch(/^school:create: BAD_USER_INPUT: subdomain "bad sub!" is invalid/);
  expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  expect(dup.code).toBe(2);
  expect(dup.stderr.trim()).toBe('school:create: CONFLICT: a school with subdomain "hilltop" already exists');
});

test('school:create --admin-email gives the new school its first SCHOOL_ADMIN: a new user, or an existing account only with --link-existing', async () => {
  const env = { DATABASE_URL: centralDb.url, SYNCAD_DB_SERVERS: undefined, SYNCAD_ADMIN_PASSWORD: undefined };
  const weak = await runCli(
    'createSchoolCli.ts',
    ['--name', 'Weak', '--subdomain', 'weakpw', '--admin-email', 'x@y.test', '--admin-password', 'short'],
    env,
  );
  expect(weak.code).toBe(2);
  expect(await schoolRows('weakpw')).toEqual([]);

  const first = await runCli(
    'createSchoolCli.ts',
    ['--name', 'Oak Grove', '--subdomain', 'oakgrove', '--admin-email', 'Head@OakGrove.test', '--admin-password', 'a-long-password'],
    env,
  );
  expect(first.code).toBe(0);
  expect(first.stdout).toMatch(/school admin: head@oakgrove\.test \(new user\)/);
  // An account that exists already (any school's admin can create accounts) is never linked
  // silently: refused before anything is created, with or without a password.
  for (const extra of [[], ['--admin-password', 'the-attackers-password']]) {
    const silent = await runCli(
      'createSchoolCli.ts',
      ['--name', 'Elm Park', '--subdomain', 'elmpark', '--admin-email', 'head@oakgrove.test', ...extra],
      env,
    );
    expect(silent.code).toBe(2);
    expect(silent.stderr.trim()).toMatch(
      /^school:create: CONFLICT: an account with the email head@oakgrove\.test exists already.*--link-existing/,
    );
    expect(await schoolRows('elmpark')).toEqual([]);
  }
  const linkingNobody = await runCli(
    'createSchoolCli.ts',
    ['--name', 'Elm Park', '--subdomain', 'elmpark', '--admin-email', 'nobody@elmpark.test', '--link-existing'],
    env,
  );
  expect([linkingNobody.code, await schoolRows('elmpark')]).toEqual([2, []]);
  const second = await runCli(
    'createSchoolCli.ts',
    ['--name', 'Elm Park', '--subdomain', 'elmpark', '--admin-email', 'head@oakgrove.test', '--link-existing'],
    env,
  );
  expect(second.code).toBe(0);
  expect(second.stdout).toMatch(/!! LINKED AN EXISTING ACCOUNT: head@oakgrove\.test \(user=[0-9a-f-]+\) is now a SCHOOL_ADMIN of elmpark/);
  // Its own password still signs in: none was set.
  const [account] = await handle.db
    .select({ hash: central.User.passwordHash })
    .from(central.User)
    .where(eq(central.User.email, 'head@oakgrove.test'));
  expect(await verify(account.hash, 'a-long-password')).toBe(true);

  const memberships = await handle.db
    .select({ school: central.School.subdomain, role: central.Role.name })
    .from(central.EmployeeUserSchool)
    .innerJoin(central.User, eq(central.User.id, central.EmployeeUserSchool.userId))
    .innerJoin(central.School, eq(central.School.id, central.EmployeeUserSchool.schoolId))
    .innerJoin(central.Role, eq(central.Role.id, central.EmployeeUserSchool.roleId))
    .where(eq(central.User.email, 'head@oakgrove.test'));
  expect(memberships.sort((a, b) => a.school.localeCompare(b.school))).toEqual([
    { school: 'elmpark', role: 'SCHOOL_ADMIN' },
    { school: 'oakgrove', role: 'SCHOOL_ADMIN' },
  ]);
});

test('school:create refuses a new admin without a password before creating anything; school:add-admin adds one later', async () => {
  const env = { DATABASE_URL: centralDb.url, SYNCAD_DB_SERVERS: undefined, SYNCAD_ADMIN_PASSWORD: undefined };
  const refused = await runCli(
    'createSchoolCli.ts',
    ['--name', 'Pine Hill', '--subdomain', 'pinehill', '--admin-email', 'nobody@pinehill.test'],
    env,
  );
  expect(refused.code).toBe(2);
  expect(refused.stderr.trim()).toMatch(/^school:create: BAD_USER_INPUT: no user has the email nobody@pinehill\.test/);
  expect(await schoolRows('pinehill')).toEqual([]);
  expect(await databasesWithPrefix(`${prefix}pinehill`)).toEqual([]);
  // The retry with a password works: nothing was left behind to collide with.
  const retried = await runCli(
    'createSchoolCli.ts',
    ['--name', 'Pine Hill', '--subdomain', 'pinehill', '--admin-email', 'nobody@pinehill.test', '--admin-password', 'a-long-password'],
    env,
  );
  expect(retried.code).toBe(0);

  const added = await runCli('addSchoolAdminCli.ts', ['--school', 'pinehill', '--email', 'Second@PineHill.test'], {
    ...env,
    SYNCAD_ADMIN_PASSWORD: 'another-long-one',
  });
  expect(added.code).toBe(0);
  expect(added.stdout).toMatch(/^school admin: second@pinehill\.test \(new user\)/);
  const unknown = await runCli('addSchoolAdminCli.ts', ['--school', 'nowhere', '--email', 'second@pinehill.test'], env);
  expect(unknown.code).toBe(2);
  expect(unknown.stderr.trim()).toBe('school:add-admin: NOT_FOUND: no school has the id or subdomain "nowhere"');
  const admins = await handle.db
    .select({ email: central.User.email })
    .from(central.EmployeeUserSchool)
    .innerJoin(central.User, eq(central.User.id, central.EmployeeUserSchool.userId))
    .innerJoin(central.Role, eq(central.Role.id, central.EmployeeUserSchool.roleId))
    .innerJoin(central.School, eq(central.School.id, central.EmployeeUserSchool.schoolId))
    .where(and(eq(central.School.subdomain, 'pinehill'), eq(central.Role.name, 'SCHOOL_ADMIN')));
  expect(admins.map((a) => a.email).sort()).toEqual(['nobody@pinehill.test', 'second@pinehill.test']);
});
