/**
 * Fresh central and school databases, migrated twice: the second run is a no-op, and the
 * catalog then holds exactly what the Drizzle schema declares (tables, columns, money types,
 * indexes, CHECKs, foreign keys) plus the design's indexes and the ledger triggers.
 */
import { central, school } from '@syncad/shared-db';
import { createTestDatabase, type TestDatabase } from '@syncad/test-support';
import { is } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { applyMigrations, JOURNAL_TABLE, readMigrations, type DatabaseKind } from '../src';

const schemaOf = { central, school } as Record<DatabaseKind, Record<string, unknown>>;

function tableConfigs(kind: DatabaseKind) {
  return Object.values(schemaOf[kind])
    .filter((v): v is PgTable => is(v, PgTable))
    .map((t) => getTableConfig(t));
}

const dbs: Partial<Record<DatabaseKind, TestDatabase>> = {};

async function query<T = Record<string, unknown>>(kind: DatabaseKind, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: dbs[kind]!.url });
  await client.connect();
  try {
    return (await client.query(text)).rows as T[];
  } finally {
    await client.end();
  }
}

interface IndexRow {
  name: string;
  table: string;
  unique: boolean;
  columns: string[];
}

async function indexes(kind: DatabaseKind): Promise<IndexRow[]> {
  return query<IndexRow>(
    kind,
    `SELECT i.relname AS name, t.relname AS "table", ix.indisunique AS "unique",
            array(SELECT a.attname FROM unnest(ix.indkey) WITH ORDINALITY k(attnum, ord)
                  JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum ORDER BY k.ord)::text[] AS columns
       FROM pg_index ix
       JOIN pg_class i ON i.oid = ix.indexrelid
       JOIN pg_class t ON t.oid = ix.indrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE n.nspname = 'public'`,
  );
}

beforeAll(async () => {
  dbs.central = await createTestDatabase('cat_central');
  dbs.school = await createTestDatabase('cat_school');
  for (const kind of ['central', 'school'] as const) {
    const tags = readMigrations(kind).map((m) => m.tag);
    expect((await applyMigrations(dbs[kind]!.url, kind)).applied).toEqual(tags);
    expect(await applyMigrations(dbs[kind]!.url, kind)).toEqual({ applied: [], alreadyApplied: tags.length });
  }
});

afterAll(async () => {
  await dbs.central?.drop();
  await dbs.school?.drop();
});

describe.each(['central', 'school'] as const)('%s database catalog', (kind) => {
  test('has exactly the schema tables, each with exactly its columns', async () => {
    const expected = tableConfigs(kind);
    expect(expected.length).toBeGreaterThan(kind === 'central' ? 7 : 16);
    const columns = await query<{ table_name: string; column_name: string }>(
      kind,
      `SELECT c.table_name, c.column_name FROM information_schema.columns c
         JOIN information_schema.tables t USING (table_schema, table_name)
        WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' AND c.table_name <> '${JOURNAL_TABLE}'`,
    );
    const actual = new Map<string, string[]>();
    for (const c of columns) actual.set(c.table_name, [...(actual.get(c.table_name) ?? []), c.column_name]);
    expect([...actual.keys()].sort()).toEqual(expected.map((t) => t.name).sort());
    for (const t of expected) expect([t.name, actual.get(t.name)!.sort()]).toEqual([t.name, t.columns.map((c) => c.name).sort()]);
  });

  test('numeric columns have the declared precision and scale', async () => {
    const expected = tableConfigs(kind).flatMap((t) =>
      t.columns
        .map((c) => /^numeric\((\d+), ?(\d+)\)$/.exec(c.getSQLType()))
        .map((m, i) => (m ? `${t.name}.${t.columns[i].name} numeric(${m[1]},${m[2]})` : null))
        .filter((x): x is string => x !== null),
    );
    const actual = await query<{ c: string }>(
      kind,
      `SELECT table_name || '.' || column_name || ' numeric(' || numeric_precision || ',' || numeric_scale || ')' AS c
         FROM information_schema.columns WHERE table_schema = 'public' AND data_type = 'numeric'`,
    );
    expect(actual.map((r) => r.c).sort()).toEqual(expected.sort());
  });

  test('every declared index, CHECK constraint and foreign key exists', async () => {
    const configs = tableConfigs(kind);
    const indexNames = new Set((await indexes(kind)).map((i) => i.name));
    const constraints = await query<{ conname: string; contype: string }>(
      kind,
      `SELECT c.conname, c.contype FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
        WHERE n.nspname = 'public'`,
    );
    const checks = new Set(constraints.filter((c) => c.contype === 'c').map((c) => c.conname));
    const fks = new Set(constraints.filter((c) => c.contype === 'f').map((c) => c.conname));
    const declaredIndexes = configs.flatMap((t) => t.indexes.map((i) => i.config.name));
    const declaredChecks = configs.flatMap((t) => t.checks.map((c) => c.name));
    const declaredFks = configs.flatMap((t) => t.foreignKeys.map((f) => f.getName()));
    expect(declaredIndexes.length).toBeGreaterThan(5);
    expect(declaredFks.length).toBeGreaterThan(3);
    expect(declaredIndexes.filter((n) => !indexNames.has(n!))).toEqual([]);
    expect(declaredChecks.filter((n) => !checks.has(n))).toEqual([]);
    expect(declaredFks.filter((n) => !fks.has(n))).toEqual([]);
  });
});

test('central: subdomain format CHECK and the uniqueness the registry relies on', async () => {
  const constraints = await query<{ conname: string }>('central', `SELECT conname FROM pg_constraint`);
  expect(constraints.map((c) => c.conname)).toEqual(expect.arrayContaining(['School_subdomain_format', 'User_email_or_phone']));
  const unique = (await indexes('central')).filter((i) => i.unique).map((i) => `${i.table}(${i.columns.join(',')})`);
  expect(unique).toEqual(
    expect.arrayContaining([
      'School(subdomain)',
      'School(databaseName)',
      'Module(name)',
      'Role(schoolId,name)',
      'Role_Module_Permission(roleId,moduleId)',
    ]),
  );
});

test("school: the design's indexes exist on the right columns", async () => {
  const all = (await indexes('school')).map((i) => `${i.unique ? 'unique ' : ''}${i.table}(${i.columns.join(',')})`);
  const has = (table: string, columns: string[], unique = false) =>
    expect(all).toContain(`${unique ? 'unique ' : ''}${table}(${columns.join(',')})`);
  has('Student', ['schoolId']);
  has('Student', ['classId']);
  has('Student', ['admissionNo', 'schoolId'], true);
  has('Attendance', ['schoolId', 'date']);
  has('Attendance', ['studentId']);
  has('Attendance', ['studentId', 'date'], true);
  has('Result', ['schoolId', 'examId']);
  has('Result', ['studentId']);
  has('FeeLedger', ['schoolId', 'studentId']);
  has('FeeLedger', ['schoolId', 'date']);
  has('Trip', ['schoolId', 'busId', 'date']);
  // One boarding and one drop per student and trip (the design's (tripId, studentId) key, by kind of mark).
  has('TripStudentMark', ['tripId', 'studentId', 'kind'], true);
  has('Trip', ['routeId', 'date', 'direction'], true);
});

test('school: money is numeric(12,2), running balances numeric(20,2), the ledger CHECKs and triggers exist', async () => {
  const money = await query<{ c: string }>(
    'school',
    `SELECT table_name || '.' || column_name AS c FROM information_schema.columns
      WHERE table_schema = 'public' AND data_type = 'numeric' AND numeric_precision = 12 AND numeric_scale = 2`,
  );
  expect(money.map((r) => r.c)).toEqual(expect.arrayContaining(['FeeLedger.amount', 'FeeStructure.amount']));
  const balances = await query<{ c: string }>(
    'school',
    `SELECT table_name || '.' || column_name AS c FROM information_schema.columns
      WHERE table_schema = 'public' AND data_type = 'numeric' AND numeric_precision = 20 AND numeric_scale = 2`,
  );
  expect(balances.map((r) => r.c)).toEqual(['FeeVoucher.balanceAfter']);
  const checks = await query<{ conname: string }>('school', `SELECT conname FROM pg_constraint WHERE contype = 'c'`);
  expect(checks.map((c) => c.conname)).toEqual(
    expect.arrayContaining([
      'FeeLedger_amount_nonzero',
      'FeeLedger_entryType_sign',
      'FeeLedger_account_check',
      'FeeStructure_amount_positive',
      'Attendance_status_check',
    ]),
  );
  const triggers = await query<{ tgname: string; table: string; tgdeferrable: boolean; tginitdeferred: boolean }>(
    'school',
    `SELECT tgname, tgrelid::regclass::text AS "table", tgdeferrable, tginitdeferred FROM pg_trigger
      WHERE NOT tgisinternal ORDER BY tgname`,
  );
  const audit = (t: { tgname: string }) => /^AuditEntry_|_audit_/.test(t.tgname);
  // The audit trail: its own guards, and three statement triggers per audited table (FeeVoucher, append-only, one).
  const audited = ['Attendance', 'Exam', 'FeeStructure', 'Result', 'StudentGuardian', 'TripStudentMark'];
  expect(
    triggers
      .filter(audit)
      .map((t) => t.tgname)
      .sort(),
  ).toEqual(
    [
      'AuditEntry_append_only',
      'AuditEntry_no_truncate',
      'FeeVoucher_audit_insert',
      ...audited.flatMap((t) => [`${t}_audit_delete`, `${t}_audit_insert`, `${t}_audit_update`]),
    ].sort(),
  );
  expect(triggers.filter((t) => !audit(t))).toEqual([
    { tgname: 'FeeLedger_append_only', table: '"FeeLedger"', tgdeferrable: false, tginitdeferred: false },
    { tgname: 'FeeLedger_lines_fit_voucher', table: '"FeeLedger"', tgdeferrable: false, tginitdeferred: false },
    { tgname: 'FeeLedger_no_truncate', table: '"FeeLedger"', tgdeferrable: false, tginitdeferred: false },
    { tgname: 'FeeLedger_voucher_balanced', table: '"FeeLedger"', tgdeferrable: true, tginitdeferred: true },
    { tgname: 'FeeVoucher_append_only', table: '"FeeVoucher"', tgdeferrable: false, tginitdeferred: false },
    { tgname: 'FeeVoucher_balanced_lines', table: '"FeeVoucher"', tgdeferrable: true, tginitdeferred: true },
  ]);
});
