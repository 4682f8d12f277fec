/**
 * SQL reading the ledger: balances and ledger pages for many students at once (one statement per
 * batch, whatever its size), a class's dues with totals, and the collection summary, all computed
 * in PostgreSQL with exact numeric arithmetic.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { StudentFilter } from './ownStudent';
import type { CollectionByMode, CollectionRow, Db, DuesRow, DuesTotals, LedgerEntryRow } from './rows';

function studentsIn(ids: readonly string[], filter: StudentFilter): SQL {
  const own = filter === undefined ? sql`` : sql` AND l."studentId" = ${filter}`;
  return sql`l."studentId" = ANY(${sql.param([...ids])}::uuid[])${own}`;
}

/** The position of a ledger line: [date, createdAt, voucher seq (0 for none), id]. */
export type LedgerPosition = readonly [string, string, number, string];

export const ledgerData = {
  /** Each student's balance (sum of FEE_RECEIVABLE lines); students without lines have no row. */
  async balances(db: Db, schoolId: string, ids: readonly string[], filter: StudentFilter): Promise<{ studentId: string; balance: string }[]> {
    if (filter === null) return [];
    const result = await db.execute<{ studentId: string; balance: string }>(sql`
      SELECT l."studentId", sum(l.amount)::text AS balance
      FROM "FeeLedger" l
      WHERE l."schoolId" = ${schoolId} AND ${studentsIn(ids, filter)} AND l.account = 'FEE_RECEIVABLE'
      GROUP BY l."studentId"`);
    return result.rows;
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
    if (filter === null) return [];
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
  async ledgerCounts(db: Db, schoolId: string, ids: readonly string[], filter: StudentFilter): Promise<{ studentId: string; count: number }[]> {
    if (filter === null) return [];
    const result = await db.execute<{ studentId: string; count: number }>(sql`
      SELECT l."studentId", count(*)::int AS count
      FROM "FeeLedger" l
      WHERE l."schoolId" = ${schoolId} AND ${studentsIn(ids, filter)} AND l.account = 'FEE_RECEIVABLE'
      GROUP BY l."studentId"`);
    return result.rows;
  },

  /**
   * A page of a class's dues (active students currently in the class, by admission number) and the
   * totals over the whole list, in one statement. Each FEE_RECEIVABLE line counts as the kind of
   * its voucher (a reversal as the kind it reverses); overdue = charges due before `asOf` less
   * everything paid and discounted, never below zero.
   */
  async classDues(
    db: Db,
    p: { schoolId: string; classId: string; asOf: string; onlyOverdue: boolean; after: string | null; limit: number; filter: string | undefined },
  ): Promise<{ rows: DuesRow[]; totals: DuesTotals & { count: number }; classExists: boolean }> {
    const own = p.filter === undefined ? sql`` : sql` AND s.id = ${p.filter}`;
    const overdueOnly = p.onlyOverdue ? sql`WHERE d.overdue > 0` : sql``;
    const after = p.after === null ? sql`` : sql`WHERE f."admissionNo" > ${p.after}`;
    const result = await db.execute<DuesRow & { total: boolean; count: number; defaulters: number; classExists: boolean }>(sql`
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
        SELECT "studentId", "admissionNo", charged, paid, discounted, outstanding,
          greatest(0, "dueCharged" - paid - discounted) AS overdue
        FROM sums
      ), f AS (
        SELECT * FROM d ${overdueOnly}
      )
      SELECT false AS total, p."studentId", p."admissionNo", p.charged::text AS charged, p.paid::text AS paid, p.discounted::text AS discounted,
        p.outstanding::text AS outstanding, p.overdue::text AS overdue, 0 AS count, 0 AS defaulters, true AS "classExists"
      FROM (SELECT * FROM f ${after} ORDER BY f."admissionNo" LIMIT ${p.limit + 1}) p
      UNION ALL
      SELECT true, NULL, NULL, coalesce(sum(charged), 0)::text, coalesce(sum(paid), 0)::text, coalesce(sum(discounted), 0)::text,
        coalesce(sum(outstanding), 0)::text, coalesce(sum(overdue), 0)::text, count(*)::int, (count(*) FILTER (WHERE overdue > 0))::int,
        EXISTS (SELECT 1 FROM "Class" WHERE id = ${p.classId})
      FROM f`);
    const rows = result.rows.filter((r) => !r.total);
    const t = result.rows.find((r) => r.total)!;
    return {
      rows: rows.map(({ studentId, admissionNo, charged, paid, discounted, outstanding, overdue }) => ({
        studentId,
        admissionNo,
        charged,
        paid,
        discounted,
        outstanding,
        overdue,
      })),
      totals: { charged: t.charged, paid: t.paid, discounted: t.discounted, outstanding: t.outstanding, overdue: t.overdue, defaulters: t.defaulters, count: t.count },
      classExists: t.classExists,
    };
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
        SELECT m.date, m.mode, 'FEE_HEAD' AS allocation, a."feeStructureId", a.amount, m."voucherId", m.kind
        FROM moves m JOIN allocated a ON a."voucherId" = m."voucherId"
        WHERE NOT m."isReversed"
        UNION ALL
        SELECT m.date, m.mode, 'ADVANCE', NULL,
          m.amount - coalesce((SELECT sum(a.amount) FROM allocated a WHERE a."voucherId" = m."voucherId"), 0), m."voucherId", m.kind
        FROM moves m
        WHERE NOT m."isReversed"
        UNION ALL
        SELECT m.date, m.mode, 'REVERSED', NULL, m.amount, m."voucherId", m.kind
        FROM moves m
        WHERE m."isReversed"
      )
      SELECT grouping(p.date, p.allocation, p."feeStructureId", fs.name, p.mode)::int AS level,
        p.date, p.mode, p.allocation, p."feeStructureId", fs.name AS "feeHead",
        sum(p.amount)::text AS amount, count(DISTINCT p."voucherId")::int AS vouchers,
        count(DISTINCT p."voucherId") FILTER (WHERE p.kind = 'PAYMENT')::int AS payments
      FROM parts p
      LEFT JOIN "FeeStructure" fs ON fs.id = p."feeStructureId"
      WHERE p.amount <> 0
      GROUP BY GROUPING SETS ((p.date, p.mode, p.allocation, p."feeStructureId", fs.name), (p.mode), ())
      ORDER BY level, p.date, p.mode = 'BANK', p.allocation, fs.name NULLS LAST, p."feeStructureId"`);
    // grouping(): 0 for a detail row, 0b11110 for a per-mode row, 0b11111 for the grand total.
    const rows = result.rows.filter((r) => r.level === 0).map(({ date, mode, allocation, feeStructureId, feeHead, amount, vouchers }) => ({
      date,
      mode,
      allocation,
      feeStructureId,
      feeHead,
      amount,
      vouchers,
    }));
    const byMode = result.rows.filter((r) => r.level === 0b11110).map(({ mode, amount, payments }) => ({ mode, amount, payments }));
    const total = result.rows.find((r) => r.level === 0b11111)?.amount ?? '0';
    return { rows, byMode, total };
  },
};
