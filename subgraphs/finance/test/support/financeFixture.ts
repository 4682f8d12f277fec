/**
 * The academics and finance subgraphs behind the real gateway over a fresh estate (test-support's
 * one-call fixture), and the seeding these tests share: a current academic year, classes and
 * students by SQL (volume), fee structures and charges through the API (what is under test).
 */
import { central } from '@syncad/shared-db';
import { today } from '@syncad/subgraph-kit';
import { startSubgraphFixture, type EstateSchool, type SubgraphFixture } from '@syncad/test-support';

export type FinanceFixture = SubgraphFixture;

export function startFinanceFixture(): Promise<FinanceFixture> {
  return startSubgraphFixture(['academics', 'finance']);
}

/** Today at the test schools, which keep the default time zone. */
export function schoolToday(): string {
  return today(central.DEFAULT_SCHOOL_TIMEZONE);
}

export interface SeededClass {
  yearId: string;
  yearName: string;
  classId: string;
  studentIds: string[];
}

/** The school's current academic year (around today), made once. */
export async function currentYear(f: FinanceFixture, at?: EstateSchool): Promise<{ id: string; name: string }> {
  const y = new Date().getFullYear();
  const existing = await f.sql(`SELECT id, name FROM "AcademicYear" WHERE "isCurrent"`, [], at);
  if (existing.rows[0]) return existing.rows[0];
  const made = await f.sql(
    `INSERT INTO "AcademicYear" ("schoolId", name, "startDate", "endDate", "isCurrent") VALUES ($1, $2, $3, $4, true) RETURNING id, name`,
    [(at ?? f.school).id, `${y - 1}-${String((y + 1) % 100).padStart(2, '0')}`, `${y - 1}-01-01`, `${y + 1}-12-31`],
    at,
  );
  return made.rows[0];
}

/** A class (named `name`) with `count` active students, admission numbers `<tag>-00001`..., by SQL in a few statements. */
export async function seedClass(f: FinanceFixture, name: string, count: number, at?: EstateSchool): Promise<SeededClass> {
  const school = at ?? f.school;
  const year = await currentYear(f, at);
  const cls = await f.sql(`INSERT INTO "Class" ("schoolId", name) VALUES ($1, $2) RETURNING id`, [school.id, name], at);
  const classId: string = cls.rows[0].id;
  const students = await f.sql(
    `INSERT INTO "Student" ("schoolId", "admissionNo", "firstName", "lastName", "classId")
     SELECT $1, $2 || '-' || lpad(n::text, 5, '0'), 'Pupil', $2 || ' ' || n, $3 FROM generate_series(1, $4) n
     RETURNING id, "admissionNo"`,
    [school.id, name, classId, count],
    at,
  );
  const studentIds = students.rows.sort((a, b) => (a.admissionNo < b.admissionNo ? -1 : 1)).map((r) => r.id as string);
  await f.sql(
    `INSERT INTO "StudentClass" ("schoolId", "studentId", "academicYearId", "classId", "rollNo", "fromDate")
     SELECT $1, s.id, $2, $3, s.n, y."startDate" FROM unnest($4::uuid[]) WITH ORDINALITY AS s(id, n), "AcademicYear" y WHERE y.id = $2`,
    [school.id, year.id, classId, studentIds],
    at,
  );
  // As the API names them: global ids (the fixture's SQL takes them too).
  return {
    yearId: f.globalId('AcademicYear', year.id, school),
    yearName: year.name,
    classId: f.globalId('Class', classId, school),
    studentIds: studentIds.map((id) => f.globalId('Student', id, school)),
  };
}

export const CREATE_STRUCTURE = `mutation($i: CreateFeeStructureInput!) { createFeeStructure(input: $i) { id name amount dueDate charged } }`;
export const CHARGE = `mutation($fs: ID!, $c: ID!) { chargeFees(input: { feeStructureId: $fs, classId: $c }) { charged skipped amount date feeStructure { id } class { id } } }`;
export const RECEIPT_FIELDS = `voucherNo kind date amount mode reference narration student { id } lines { account entryType amount } balanceAfter`;
export const PAY = `mutation($i: RecordPaymentInput!) { recordPayment(input: $i) { ${RECEIPT_FIELDS} } }`;
export const DISCOUNT = `mutation($i: GrantDiscountInput!) { grantDiscount(input: $i) { ${RECEIPT_FIELDS} } }`;
export const REVERSE = `mutation($v: String!, $r: String!) { reverseVoucher(input: { voucherNo: $v, reason: $r }) { ${RECEIPT_FIELDS} reverses { voucherNo } } }`;
export const BALANCE = `query($id: ID!) { student(id: $id) { id feeBalance } }`;

/** A fee structure for the class, created through the API as the school admin. */
export async function createStructure(
  f: FinanceFixture,
  c: SeededClass,
  name: string,
  amount: string,
  dueDate = '2020-01-15',
): Promise<string> {
  const data = await f.ok(f.admin, CREATE_STRUCTURE, { i: { academicYearId: c.yearId, classId: c.classId, name, amount, dueDate } });
  return data.createFeeStructure.id;
}

/** The student's balance through the gateway. */
export async function balanceOf(f: FinanceFixture, studentId: string): Promise<string> {
  return (await f.ok(f.admin, BALANCE, { id: studentId })).student.feeBalance;
}

/** Every voucher of the school balanced (two lines at least, summing to zero): the unbalanced ones, checked in SQL. */
export async function unbalancedVouchers(f: FinanceFixture, at?: EstateSchool): Promise<unknown[]> {
  const { rows } = await f.sql(
    `SELECT v."voucherNo", count(l.id) AS lines, coalesce(sum(l.amount), 0) AS total
     FROM "FeeVoucher" v LEFT JOIN "FeeLedger" l ON l."voucherNo" = v."voucherNo"
     GROUP BY v."voucherNo" HAVING count(l.id) < 2 OR coalesce(sum(l.amount), 0) <> 0`,
    [],
    at,
  );
  return rows;
}

/** The calendar day `days` before `day` (negative: after), as YYYY-MM-DD. */
export const dayBefore = (day: string, days = 1): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

/** How many vouchers the school's ledger holds (a refusal must leave it unchanged). */
export async function voucherCount(f: FinanceFixture): Promise<number> {
  return Number((await f.sql(`SELECT count(*) FROM "FeeVoucher"`)).rows[0].count);
}
