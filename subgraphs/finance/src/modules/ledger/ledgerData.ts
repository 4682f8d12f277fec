/**
 * SQL reading the ledger: balances and ledger pages for many students at once (one statement per
 * batch, whatever its size), a class's dues with totals, and the collection summary, all computed
 * in PostgreSQL with exact numeric arithmetic.
 *
 * Plain SQL (data-access policy, docs/architecture.md): running balances and per-student pages are
 * window functions over the ledger, beyond Drizzle's builder; balances is one named statement (a
 * 300-student page is one execution of one parsed text).
 */
import type { SchoolDb } from '@syncad/shared-db';
import { namedQuery } from '@syncad/subgraph-kit';
import { sql, type SQL } from 'drizzle-orm';
import type { StudentFilter } from './ownStudent';
import type { CollectionByMode, CollectionRow, Db, DuesRow, DuesTotals, LedgerEntryRow } from '../../shared/rows';

function studentsIn(ids: readonly string[], filter: StudentFilter): SQL {
  const own = filter === undefined ? sql`` : sql` AND l."studentId" = ANY(${sql.param([...filter])}::uuid[])`;
  return sql`l."studentId" = ANY(${sql.param([...ids])}::uuid[])${own}`;
}

const BALANCES = `
  SELECT l."studentId", sum(l.amount)::text AS balance
  FROM "FeeLedger" l
  WHERE l."schoolId" = $1 AND l."studentId" = ANY($2::uuid[]) AND ($3::uuid[] IS NULL OR l."studentId" = ANY($3::uuid[]))
    AND l.account = 'FEE_RECEIVABLE'
  GROUP BY l."studentId"`;

/** The position of a ledger line: [date, createdAt, voucher seq (0 for none), id]. */
export type LedgerPosition = readonly [string, string, number, string];

/** A class's dues list: its active students (or one of them), judged on a day, all or only the defaulters. */
export interface DuesQuery {
  schoolId: string;
  classId: string;
  asOf: string;
  onlyOverdue: boolean;
  /** Only these students (a self-scoped caller's own). */
  studentIds?: readonly string[];
}

/**
 * The CTEs ending in `f`, one row per student of the list: what they were charged, paid and given,
 * what they owe, and what is overdue. Each FEE_RECEIVABLE line counts as the kind of its voucher (a
 * reversal as the kind it reverses); overdue = charges due before `asOf` less everything paid and
 * discounted (which settle the oldest dues first), never below zero.
 */
function duesList(p: DuesQuery): SQL {
  const own = p.studentIds === undefined ? sql`` : sql` AND s.id = ANY(${sql.param([...p.studentIds])}::uuid[])`;
  const overdueOnly = p.onlyOverdue ? sql`WHERE d.overdue > 0` : sql``;
  return sql`
    WITH s AS (
      SELECT s.id, s."admissionNo" FROM "Student" s WHERE s."classId" = ${p.classId} AND s.status = 'ACTIVE'${own}
    ), lines AS (
      SELECT l."studentId", l.amount, coalesce(o.kind, v.kind) AS kind, coalesce(fs."dueDate", l.date) AS due
      FROM "FeeLedger" l
      JOIN "FeeVoucher" v ON v."voucherNo" = l."voucherNo"
      LEFT JOIN "FeeVoucher" o ON o.id = v."reversesVoucherId"
      LEFT JOIN "FeeStructure" fs ON fs.id = l."feeStructureId"
      WHERE l."schoolId" = ${p.schoolId} AND l."studentId" IN (SELECT id FROM s) AND l.account = 'FEE_RECEIVABLE'
    ), sums AS (
      SELECT s.id AS "studentId", s."admissionNo",
        coalesce(sum(x.amount) FILTER (WHERE x.kind = 'CHARGE'), 0) AS charged,
        coalesce(-sum(x.amount) FILTER (WHERE x.kind = 'PAYMENT'), 0) AS paid,
        coalesce(-sum(x.amount) FILTER (WHERE x.kind = 'DISCOUNT'), 0) AS discounted,
        coalesce(sum(x.amount), 0) AS outstanding,
        coalesce(sum(x.amount) FILTER (WHERE x.kind = 'CHARGE' AND x.due < ${p.asOf}::date), 0) AS "dueCharged"
      FROM s LEFT JOIN lines x ON x."studentId" = s.id
      GROUP BY s.id, s."admissionNo"
    ), d AS (
      SELECT "studentId", "admissionNo", charged, paid, discounted, outstanding, greatest(0, "dueCharged" - paid - discounted) AS overdue
      FROM sums
    ), f AS (
      SELECT * FROM d ${overdueOnly}
    )`;
}

export const ledgerData = {
  /**
   * Each student's balance (sum of FEE_RECEIVABLE lines); students without lines have no row. A
   * prepared statement (a 300-student page's balances are one execution of one parsed text);
   * `filter` (a self-scoped caller's own students) is a null parameter for staff.
   */
  async balances(
    db: SchoolDb,
    schoolId: string,
    ids: readonly string[],
    filter: StudentFilter,
  ): Promise<{ studentId: string; balance: string }[]> {
    if (filter?.length === 0) return [];
    return namedQuery(db, 'finance_balances', BALANCES, [schoolId, [...ids], filter ? [...filter] : null]);
  },

  /**
   * Up to `limit` FEE_RECEIVABLE lines per student after `after`, in ledger order (date, then
   * posting time, then voucher number), each with the running balance over all of the student's
   * lines up to it: one statement for all the students.
   */
  async ledgerPages(
    db: Db,
    schoolId: string,
    ids: readonly string[],
    after: LedgerPosition | null,
    limit: number,
    filter: StudentFilter,
  ): Promise<LedgerEntryRow[]> {
    if (filter?.length === 0) return [];
    const cursor = after
      ? sql`WHERE (t.date, t."createdAtRaw", t.seq, t.id) > (${after[0]}::date, ${after[1]}::timestamptz, ${after[2]}::int, ${after[3]}::uuid)`
      : sql``;
    const result = await db.execute<LedgerEntryRow>(sql`
      SELECT id, "studentId", "voucherNo", kind, date, "createdAt", seq, narration, "feeStructureId", "entryType", amount, balance
      FROM (
        SELECT t.*, row_number() OVER (PARTITION BY t."studentId" ORDER BY t.date, t."createdAtRaw", t.seq, t.id) AS n
        FROM (
          SELECT l.id, l."studentId", l."voucherNo", v.kind, l.date, l."createdAt" AS "createdAtRaw", coalesce(v.seq, 0) AS seq,
            to_json(l."createdAt") #>> '{}' AS "createdAt", l.narration, l."feeStructureId", l."entryType",
            abs(l.amount)::text AS amount,
            (sum(l.amount) OVER (PARTITION BY l."studentId" ORDER BY l.date, l."createdAt", coalesce(v.seq, 0), l.id))::text AS balance
          FROM "FeeLedger" l
          JOIN "FeeVoucher" v ON v."voucherNo" = l."voucherNo"
          WHERE l."schoolId" = ${schoolId} AND ${studentsIn(ids, filter)} AND l.account = 'FEE_RECEIVABLE'
        ) t
        ${cursor}
      ) page
      WHERE n <= ${limit + 1}
      ORDER BY "studentId", n`);
    return result.rows;
  },

  /** How many FEE_RECEIVABLE lines each student has (students without lines have no row). */
  async ledgerCounts(
    db: Db,
    schoolId: string,
    ids: readonly string[],
    filter: StudentFilter,
  ): Promise<{ studentId: string; count: number }[]> {
    if (filter?.length === 0) return [];
    const result = await db.execute<{ studentId: string; count: number }>(sql`
      SELECT l."studentId", count(*)::int AS count
      FROM "FeeLedger" l
      WHERE l."schoolId" = ${schoolId} AND ${studentsIn(ids, filter)} AND l.account = 'FEE_RECEIVABLE'
      GROUP BY l."studentId"`);
    return result.rows;
  },

  async classExists(db: Db, classId: string): Promise<boolean> {
    const result = await db.execute<{ exists: boolean }>(sql`SELECT EXISTS (SELECT 1 FROM "Class" WHERE id = ${classId}) AS exists`);
    return result.rows[0].exists;
  },

  /** A page of a class's dues by admission number after `after`, one row more than `limit`, and how many the list holds: one statement. */
  async duesPage(db: Db, p: DuesQuery, after: string | null, limit: number): Promise<{ rows: DuesRow[]; count: number }> {
    const afterCondition = after === null ? sql`` : sql`WHERE f."admissionNo" > ${after}`;
    const result = await db.execute<DuesRow & { count: number }>(sql`
      ${duesList(p)}
      SELECT p."studentId", p."admissionNo", p.charged::text AS charged, p.paid::text AS paid, p.discounted::text AS discounted,
        p.outstanding::text AS outstanding, p.overdue::text AS overdue, (SELECT count(*) FROM f)::int AS count
      FROM (SELECT * FROM f ${afterCondition} ORDER BY f."admissionNo" LIMIT ${limit + 1}) p
      UNION ALL
      SELECT NULL, NULL, NULL, NULL, NULL, NULL, NULL, (SELECT count(*) FROM f)::int
      ORDER BY 2 NULLS LAST`);
    const count = result.rows[0].count;
    return { rows: result.rows.filter((r) => r.studentId !== null).map(({ count: _count, ...row }) => row), count };
  },

  /** The totals of a class's dues list. */
  async duesTotals(db: Db, p: DuesQuery): Promise<DuesTotals> {
    const result = await db.execute<DuesTotals>(sql`
      ${duesList(p)}
      SELECT coalesce(sum(charged), 0)::text AS charged, coalesce(sum(paid), 0)::text AS paid, coalesce(sum(discounted), 0)::text AS discounted,
        coalesce(sum(outstanding), 0)::text AS outstanding, coalesce(sum(overdue), 0)::text AS overdue,
        (count(*) FILTER (WHERE overdue > 0))::int AS defaulters
      FROM f`);
    return result.rows[0];
  },

  /**
   * Money collected from `from` to `to`: every CASH/BANK line dated in the range (payments, and
   * reversals of payments taking money back), grouped by day, mode and fee head, plus per-mode
   * and grand totals (GROUPING SETS), in one statement. A payment's fee heads come from applying
   * the student's payments and discounts, in date order, to their charges, oldest due date first
   * (reversed vouchers and their reversals left out); what exceeds the charges is ADVANCE. A
   * payment that was reversed, and its reversal, count as REVERSED.
   */
  async collections(db: Db, from: string, to: string): Promise<{ rows: CollectionRow[]; byMode: CollectionByMode[]; total: string }> {
    const result = await db.execute<CollectionRow & { level: number; payments: number }>(sql`
      WITH reversed AS (
        SELECT "reversesVoucherId" AS id FROM "FeeVoucher" WHERE kind = 'REVERSAL'
      ), moves AS (
        SELECT l.date, l.account AS mode, l.amount, v.kind, v.id AS "voucherId", v."studentId",
          (v.kind = 'REVERSAL' OR v.id IN (SELECT id FROM reversed)) AS "isReversed"
        FROM "FeeLedger" l
        JOIN "FeeVoucher" v ON v."voucherNo" = l."voucherNo"
        WHERE l.account IN ('CASH', 'BANK') AND l.date BETWEEN ${from}::date AND ${to}::date
      ), debits AS (
        SELECT l."studentId", l."feeStructureId", l.amount,
          sum(l.amount) OVER (PARTITION BY l."studentId" ORDER BY coalesce(fs."dueDate", l.date), l.date, l."createdAt", coalesce(v.seq, 0), l.id) AS hi
        FROM "FeeLedger" l
        JOIN "FeeVoucher" v ON v."voucherNo" = l."voucherNo"
        LEFT JOIN "FeeStructure" fs ON fs.id = l."feeStructureId"
        WHERE l."studentId" IN (SELECT "studentId" FROM moves) AND l.account = 'FEE_RECEIVABLE'
          AND v.kind = 'CHARGE' AND v.id NOT IN (SELECT id FROM reversed)
      ), credits AS (
        SELECT l."studentId", v.id AS "voucherId", v.kind, -l.amount AS amount,
          sum(-l.amount) OVER (PARTITION BY l."studentId" ORDER BY l.date, l."createdAt", coalesce(v.seq, 0), l.id) AS hi
        FROM "FeeLedger" l
        JOIN "FeeVoucher" v ON v."voucherNo" = l."voucherNo"
        WHERE l."studentId" IN (SELECT "studentId" FROM moves) AND l.account = 'FEE_RECEIVABLE'
          AND v.kind IN ('PAYMENT', 'DISCOUNT') AND v.id NOT IN (SELECT id FROM reversed)
      ), allocated AS (
        SELECT c."voucherId", d."feeStructureId", sum(least(c.hi, d.hi) - greatest(c.hi - c.amount, d.hi - d.amount)) AS amount
        FROM credits c
        JOIN debits d ON d."studentId" = c."studentId" AND d.hi > c.hi - c.amount AND d.hi - d.amount < c.hi
        WHERE c.kind = 'PAYMENT'
        GROUP BY c."voucherId", d."feeStructureId"
      ), parts AS (
        SELECT m.date, m.mode, 'FEE_HEAD' AS allocation, fs.name AS "feeHead", a.amount, m."voucherId", m.kind
        FROM moves m JOIN allocated a ON a."voucherId" = m."voucherId" JOIN "FeeStructure" fs ON fs.id = a."feeStructureId"
        WHERE NOT m."isReversed"
        UNION ALL
        SELECT m.date, m.mode, 'ADVANCE', NULL::varchar,
          m.amount - coalesce((SELECT sum(a.amount) FROM allocated a WHERE a."voucherId" = m."voucherId"), 0), m."voucherId", m.kind
        FROM moves m
        WHERE NOT m."isReversed"
        UNION ALL
        SELECT m.date, m.mode, 'REVERSED', NULL, m.amount, m."voucherId", m.kind
        FROM moves m
        WHERE m."isReversed"
      )
      SELECT grouping(p.date, p.allocation, p."feeHead", p.mode)::int AS level,
        p.date, p.mode, p.allocation, p."feeHead",
        sum(p.amount)::text AS amount, count(DISTINCT p."voucherId")::int AS vouchers,
        count(DISTINCT p."voucherId") FILTER (WHERE p.kind = 'PAYMENT')::int AS payments
      FROM parts p
      WHERE p.amount <> 0
      GROUP BY GROUPING SETS ((p.date, p.mode, p.allocation, p."feeHead"), (p.mode), ())
      ORDER BY level, p.date, p.mode = 'BANK', p.allocation, p."feeHead" NULLS LAST`);
    // grouping(): 0 for a detail row, 0b1110 for a per-mode row, 0b1111 for the grand total.
    const rows = result.rows
      .filter((r) => r.level === 0)
      .map(({ date, mode, allocation, feeHead, amount, vouchers }) => ({
        date,
        mode,
        allocation,
        feeHead,
        amount,
        vouchers,
      }));
    const byMode = result.rows.filter((r) => r.level === 0b1110).map(({ mode, amount, payments }) => ({ mode, amount, payments }));
    const total = result.rows.find((r) => r.level === 0b1111)?.amount ?? '0';
    return { rows, byMode, total };
  },
};
