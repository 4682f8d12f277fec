/**
 * SQL for vouchers: numbering under the academic year's counter row lock, posting a voucher with
 * its lines in one statement, charging a class in one statement, and reading vouchers as receipts.
 * Posting functions run inside the caller's transaction.
 */
import { fromHundredths, toHundredths } from '@syncad/subgraph-kit';
import { sql, type SQL } from 'drizzle-orm';
import type { StudentFilter } from './ownStudent';
import type { Db, LedgerAccount, ReceiptRow, VoucherKind } from './rows';

/** `2026-27/000042`: the year's name and the number, six digits at least (made in SQL, where the number is taken). */
function voucherNumberSql(yearName: string, seq: SQL): SQL {
  return sql`${yearName} || '/' || lpad((${seq})::text, greatest(6, length((${seq})::text)), '0')`;
}

/** A voucher with its lines as FeeReceipt shows it: amount (sum of debits), mode, fee structure, lines. */
const RECEIPT_SELECT = sql`
  SELECT v.id, v."voucherNo", v.kind, v.date, v."studentId", v.reference, v.narration,
    coalesce(v."feeStructureId", x."feeStructureId") AS "feeStructureId",
    v."balanceAfter"::text AS "balanceAfter", v."reversesVoucherId", v."idempotencyKey", v."academicYearId",
    to_json(v."createdAt") #>> '{}' AS "createdAt", v."createdBy",
    x.amount::text AS amount, x.mode, x.lines
  FROM "FeeVoucher" v
  CROSS JOIN LATERAL (
    SELECT sum(l.amount) FILTER (WHERE l.amount > 0) AS amount,
      min(l.account) FILTER (WHERE l.account IN ('CASH', 'BANK')) AS mode,
      (array_agg(l."feeStructureId") FILTER (WHERE l."feeStructureId" IS NOT NULL))[1] AS "feeStructureId",
      json_agg(json_build_object('account', l.account, 'entryType', l."entryType", 'amount', abs(l.amount)::text)
        ORDER BY l.amount DESC, l.account) AS lines
    FROM "FeeLedger" l
    WHERE l."voucherNo" = v."voucherNo"
  ) x`;

function onlyStudent(filter: StudentFilter): SQL {
  return filter === undefined ? sql`` : sql` AND v."studentId" = ${filter}`;
}

async function receipts(db: Db, where: SQL, filter: StudentFilter): Promise<ReceiptRow[]> {
  if (filter === null) return [];
  const result = await db.execute<ReceiptRow>(sql`${RECEIPT_SELECT} WHERE ${where}${onlyStudent(filter)}`);
  return result.rows;
}

/** Where a voucher number comes from: an academic year by id, or the year holding a day. */
export type YearChoice = { id: string } | { containing: string };

/** A voucher posted: its id, number, the student's balance after it and when it was posted. */
export interface PostedVoucher {
  id: string;
  voucherNo: string;
  balanceAfter: string;
  createdAt: string;
}

/** What post did: the voucher, or null when it inserted nothing (and whether the student exists). */
export interface PostResult {
  studentExists: boolean;
  posted: PostedVoucher | null;
}

export interface NewVoucher {
  schoolId: string;
  yearName: string;
  academicYearId: string;
  kind: VoucherKind;
  date: string;
  studentId: string;
  idempotencyKey: string | null;
  reversesVoucherId: string | null;
  feeStructureId: string | null;
  narration: string | null;
  reference: string | null;
  createdBy: string;
  /** Signed amounts (DR > 0, CR < 0) summing to zero. */
  lines: { account: LedgerAccount; amount: string; feeStructureId: string | null }[];
}

export const voucherData = {
  /**
   * Takes `count` numbers of the academic year's series (0: only locks it): the counter row is
   * created or updated, and so locked until the transaction ends. Null when no academic year
   * matches. For a day: the year holding it (the current one first, then the latest), else the
   * current year (a day between two years, e.g. the summer break).
   */
  async takeNumbers(db: Db, schoolId: string, year: YearChoice, count: number): Promise<{ academicYearId: string; yearName: string; lastNo: number } | null> {
    const chosen =
      'id' in year
        ? sql`SELECT y.id FROM "AcademicYear" y WHERE y.id = ${year.id}`
        : sql`SELECT y.id FROM "AcademicYear" y
              WHERE (y."startDate" <= ${year.containing} AND y."endDate" >= ${year.containing}) OR y."isCurrent"
              ORDER BY (y."startDate" <= ${year.containing} AND y."endDate" >= ${year.containing}) DESC, y."isCurrent" DESC, y."startDate" DESC
              LIMIT 1`;
    const result = await db.execute<{ academicYearId: string; yearName: string; lastNo: number }>(sql`
      INSERT INTO "FeeVoucherCounter" ("academicYearId", "schoolId", "lastNo")
      SELECT chosen.id, ${schoolId}, ${count}::int FROM (${chosen}) chosen
      ON CONFLICT ("academicYearId") DO UPDATE SET "lastNo" = "FeeVoucherCounter"."lastNo" + ${count}::int
      RETURNING "academicYearId", "lastNo",
        (SELECT name FROM "AcademicYear" WHERE id = "FeeVoucherCounter"."academicYearId") AS "yearName"`);
    return result.rows[0] ?? null;
  },

  /**
   * Posts one voucher and its lines in one statement: the next number of the year's series (the
   * caller's transaction holds the counter row's lock, see takeNumbers), the voucher with the
   * student's balance after it, its lines, and the counter moved on. Refusals are no errors, so a
   * batch's transaction stays usable: nothing is inserted (and the number not taken) when the
   * student does not exist or a unique value is taken (the idempotency key, or the voucher reversed).
   */
  async post(db: Db, v: NewVoucher): Promise<PostResult> {
    // What the voucher adds to the student's balance: its FEE_RECEIVABLE lines, summed exactly.
    const delta = fromHundredths(v.lines.filter((l) => l.account === 'FEE_RECEIVABLE').reduce((sum, l) => sum + toHundredths(l.amount), 0n));
    const seq = sql`c.seq`;
    const result = await db.execute<{ studentExists: boolean; id: string | null; voucherNo: string | null; balanceAfter: string | null; createdAt: string | null }>(sql`
      WITH c AS (
        SELECT "lastNo" + 1 AS seq, clock_timestamp() AS at FROM "FeeVoucherCounter" WHERE "academicYearId" = ${v.academicYearId}
      ), v AS (
        INSERT INTO "FeeVoucher" ("schoolId", "voucherNo", kind, date, "studentId", "idempotencyKey", "reversesVoucherId", narration,
          "createdBy", "academicYearId", seq, "feeStructureId", reference, "balanceAfter", "createdAt")
        SELECT ${v.schoolId}, ${voucherNumberSql(v.yearName, seq)}, ${v.kind}, ${v.date}::date, ${v.studentId}::uuid, ${v.idempotencyKey},
          ${v.reversesVoucherId}::uuid, ${v.narration}, ${v.createdBy}::uuid, ${v.academicYearId}::uuid, c.seq, ${v.feeStructureId}::uuid,
          ${v.reference},
          (SELECT coalesce(sum(amount), 0) FROM "FeeLedger"
            WHERE "schoolId" = ${v.schoolId} AND "studentId" = ${v.studentId} AND account = 'FEE_RECEIVABLE') + ${delta}::numeric,
          c.at
        FROM c
        WHERE EXISTS (SELECT 1 FROM "Student" WHERE id = ${v.studentId})
        ON CONFLICT DO NOTHING
        RETURNING id, "voucherNo", "studentId", date, narration, "createdAt", "balanceAfter"::text AS "balanceAfter"
      ), lines AS (
        INSERT INTO "FeeLedger" ("schoolId", "studentId", "academicYear", "voucherNo", date, amount, account, "entryType", "feeStructureId", narration,
          "createdAt")
        SELECT ${v.schoolId}, v."studentId", ${v.yearName}, v."voucherNo", v.date, x.amount,
          x.account, CASE WHEN x.amount > 0 THEN 'DR' ELSE 'CR' END, x."feeStructureId", v.narration, v."createdAt"
        FROM v CROSS JOIN unnest(${sql.param(v.lines.map((l) => l.amount))}::numeric[], ${sql.param(v.lines.map((l) => l.account))}::text[],
          ${sql.param(v.lines.map((l) => l.feeStructureId))}::uuid[]) AS x(amount, account, "feeStructureId")
      ), counter AS (
        UPDATE "FeeVoucherCounter" SET "lastNo" = "lastNo" + 1 WHERE "academicYearId" = ${v.academicYearId} AND EXISTS (SELECT 1 FROM v)
      )
      SELECT EXISTS (SELECT 1 FROM "Student" WHERE id = ${v.studentId}) AS "studentExists",
        v.id, v."voucherNo", v."balanceAfter", to_json(v."createdAt") #>> '{}' AS "createdAt"
      FROM (SELECT 1) one LEFT JOIN v ON true`);
    const row = result.rows[0];
    return row.id === null ? { studentExists: row.studentExists, posted: null } : { studentExists: true, posted: { id: row.id, voucherNo: row.voucherNo!, balanceAfter: row.balanceAfter!, createdAt: row.createdAt! } };
  },

  /**
   * Charges every active student currently in the class who has never been charged the fee
   * structure: one CHARGE voucher each, numbered lastNo + 1, ... by admission number, its two
   * lines, and the counter moved on, in one statement. The caller holds the counter's lock.
   */
  async chargeClass(
    db: Db,
    p: {
      schoolId: string;
      classId: string;
      feeStructureId: string;
      amount: string;
      narration: string;
      academicYearId: string;
      yearName: string;
      lastNo: number;
      date: string;
      createdBy: string;
    },
  ): Promise<{ charged: number; skipped: number }> {
    const seq = sql`${p.lastNo}::int + s.n`;
    const result = await db.execute<{ charged: number; skipped: number }>(sql`
      WITH posted AS (SELECT clock_timestamp() AS at), active AS (
        SELECT s.id, s."admissionNo" FROM "Student" s WHERE s."classId" = ${p.classId} AND s.status = 'ACTIVE'
      ), todo AS (
        SELECT a.id, (row_number() OVER (ORDER BY a."admissionNo", a.id))::int AS n,
          (SELECT coalesce(sum(l.amount), 0) FROM "FeeLedger" l
            WHERE l."schoolId" = ${p.schoolId} AND l."studentId" = a.id AND l.account = 'FEE_RECEIVABLE') AS balance
        FROM active a
        WHERE NOT EXISTS (
          SELECT 1 FROM "FeeLedger" l
          WHERE l."schoolId" = ${p.schoolId} AND l."studentId" = a.id AND l."feeStructureId" = ${p.feeStructureId}
            AND l.account = 'FEE_RECEIVABLE' AND l."entryType" = 'DR')
      ), v AS (
        INSERT INTO "FeeVoucher" ("schoolId", "voucherNo", kind, date, "studentId", narration, "createdBy", "academicYearId", seq,
          "feeStructureId", "balanceAfter", "createdAt")
        SELECT ${p.schoolId}, ${voucherNumberSql(p.yearName, seq)}, 'CHARGE', ${p.date}::date, s.id, ${p.narration}, ${p.createdBy}::uuid,
          ${p.academicYearId}::uuid, ${seq}, ${p.feeStructureId}::uuid, s.balance + ${p.amount}::numeric, posted.at
        FROM todo s, posted
        RETURNING "voucherNo", "studentId", "createdAt"
      ), lines AS (
        INSERT INTO "FeeLedger" ("schoolId", "studentId", "academicYear", "voucherNo", date, amount, account, "entryType", "feeStructureId", narration,
          "createdAt")
        SELECT ${p.schoolId}, v."studentId", ${p.yearName}, v."voucherNo", ${p.date}::date, x.amount, x.account, x."entryType",
          ${p.feeStructureId}::uuid, ${p.narration}, v."createdAt"
        FROM v CROSS JOIN (VALUES (${p.amount}::numeric, 'FEE_RECEIVABLE', 'DR'), (-${p.amount}::numeric, 'FEE_INCOME', 'CR'))
          AS x(amount, account, "entryType")
      ), counter AS (
        UPDATE "FeeVoucherCounter" SET "lastNo" = "lastNo" + (SELECT count(*) FROM todo)::int
        WHERE "academicYearId" = ${p.academicYearId}
      )
      SELECT (SELECT count(*) FROM v)::int AS charged, ((SELECT count(*) FROM active) - (SELECT count(*) FROM v))::int AS skipped`);
    return result.rows[0];
  },

  /** The fee structure, locked so it cannot change while it is charged, with its year's name and whether the class exists; null when unknown. */
  async feeStructureForCharge(
    db: Db,
    feeStructureId: string,
    classId: string,
  ): Promise<{ id: string; academicYearId: string; classId: string | null; name: string; amount: string; yearName: string; classExists: boolean } | null> {
    const result = await db.execute<{ id: string; academicYearId: string; classId: string | null; name: string; amount: string; yearName: string; classExists: boolean }>(sql`
      SELECT fs.id, fs."academicYearId", fs."classId", fs.name, fs.amount::text AS amount, y.name AS "yearName",
        EXISTS (SELECT 1 FROM "Class" WHERE id = ${classId}) AS "classExists"
      FROM "FeeStructure" fs JOIN "AcademicYear" y ON y.id = fs."academicYearId"
      WHERE fs.id = ${feeStructureId}
      FOR SHARE OF fs`);
    return result.rows[0] ?? null;
  },

  byNumbers(db: Db, voucherNos: readonly string[], filter: StudentFilter): Promise<ReceiptRow[]> {
    return receipts(db, sql`v."voucherNo" = ANY(${sql.param([...voucherNos])}::text[])`, filter);
  },

  byIds(db: Db, ids: readonly string[], filter: StudentFilter): Promise<ReceiptRow[]> {
    return receipts(db, sql`v.id = ANY(${sql.param([...ids])}::uuid[])`, filter);
  },

  /** The reversals of the vouchers `ids`. */
  reversalsOf(db: Db, ids: readonly string[], filter: StudentFilter): Promise<ReceiptRow[]> {
    return receipts(db, sql`v."reversesVoucherId" = ANY(${sql.param([...ids])}::uuid[])`, filter);
  },

  async byIdempotencyKey(db: Db, key: string): Promise<ReceiptRow | null> {
    const [row] = await receipts(db, sql`v."idempotencyKey" = ${key}`, undefined);
    return row ?? null;
  },
};
