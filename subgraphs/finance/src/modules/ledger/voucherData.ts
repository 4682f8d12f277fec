/**
 * SQL for vouchers: locking an academic year's voucher series (its counter row), posting a batch
 * of vouchers with their lines in one statement, charging a class in one statement, and reading
 * vouchers as receipts. Posting functions run inside the caller's transaction, after lockYear.
 *
 * Plain SQL (data-access policy, docs/architecture.md): a batch of vouchers and their lines posted
 * in one statement (CTEs over unnest, numbering from the locked counter) is beyond Drizzle's builder.
 */
import { fromHundredths, toHundredths } from '@syncad/platform';
import { sql, type SQL } from 'drizzle-orm';
import type { StudentFilter } from './ownStudent';
import type { Db, LedgerAccount, ReceiptRow, VoucherKind } from '../../shared/rows';

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
  return filter === undefined ? sql`` : sql` AND v."studentId" = ANY(${sql.param([...filter])}::uuid[])`;
}

async function receipts(db: Db, where: SQL, filter: StudentFilter): Promise<ReceiptRow[]> {
  if (filter?.length === 0) return [];
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

/**
 * Why a voucher was not posted: the student does not exist; the idempotency key names a voucher
 * already; the voucher to reverse is reversed already; it is dated on or before the day the books
 * are closed until, or before its academic year starts; it would leave the student a credit
 * (a discount posted with `noCredit`).
 */
export type Refusal = 'student' | 'key' | 'reversed' | 'closed' | 'early' | 'credit';

/** What posting a voucher did: the voucher, or why nothing was inserted (with the student's balance before it and the books' closing). */
export type PostResult =
  { posted: PostedVoucher } | { posted: null; refused: Refusal; balanceBefore: string; closedUntil: string | null; yearStart: string };

/** A voucher to post, before its academic year numbers it. */
export interface VoucherDraft {
  kind: VoucherKind;
  date: string;
  studentId: string;
  idempotencyKey: string | null;
  reversesVoucherId: string | null;
  feeStructureId: string | null;
  narration: string | null;
  reference: string | null;
  createdBy: string;
  /** Refuse it ('credit') if it would take the student's balance below zero (a discount without fee:delete). */
  noCredit: boolean;
  /** Signed amounts (DR > 0, CR < 0) summing to zero. */
  lines: { account: LedgerAccount; amount: string; feeStructureId: string | null }[];
}

/** The academic year numbering vouchers; its counter row is locked by the posting transaction. */
export interface NumberingYear {
  academicYearId: string;
  yearName: string;
}

export const voucherData = {
  /**
   * Locks the academic year's voucher series for the rest of the transaction (the counter row is
   * created or updated, taking no number) and returns its last number. Null when no academic year
   * matches. For a day: the year holding it (the current one first, then the latest), else the
   * current year (a day between two years, e.g. the summer break).
   */
  async lockYear(db: Db, schoolId: string, year: YearChoice): Promise<{ academicYearId: string; yearName: string; lastNo: number } | null> {
    const chosen =
      'id' in year
        ? sql`SELECT y.id FROM "AcademicYear" y WHERE y.id = ${year.id}`
        : sql`SELECT y.id FROM "AcademicYear" y
              WHERE (y."startDate" <= ${year.containing} AND y."endDate" >= ${year.containing}) OR y."isCurrent"
              ORDER BY (y."startDate" <= ${year.containing} AND y."endDate" >= ${year.containing}) DESC, y."isCurrent" DESC, y."startDate" DESC
              LIMIT 1`;
    const result = await db.execute<{ academicYearId: string; yearName: string; lastNo: number }>(sql`
      INSERT INTO "FeeVoucherCounter" ("academicYearId", "schoolId", "lastNo")
      SELECT chosen.id, ${schoolId}, 0 FROM (${chosen}) chosen
      ON CONFLICT ("academicYearId") DO UPDATE SET "lastNo" = "FeeVoucherCounter"."lastNo"
      RETURNING "academicYearId", "lastNo",
        (SELECT name FROM "AcademicYear" WHERE id = "FeeVoucherCounter"."academicYearId") AS "yearName"`);
    return result.rows[0] ?? null;
  },

  /**
   * Posts vouchers of one academic year in one statement, in order: numbers lastNo + 1, ... for
   * those accepted, each voucher with the student's balance after it (counting the earlier ones of
   * the list), their lines, and the counter moved on. The caller's transaction holds the year's
   * counter lock (lockYear), so the statement sees every voucher committed before it and the
   * books' closing (closeBooks waits for the counters' table). A voucher is refused, inserting
   * nothing and taking no number, for a Refusal. One result per draft, in the same order.
   */
  async postMany(db: Db, schoolId: string, year: NumberingYear, drafts: readonly VoucherDraft[]): Promise<PostResult[]> {
    const column = <T>(pick: (d: VoucherDraft) => T) => sql.param(drafts.map(pick));
    // What each voucher adds to its student's balance: its FEE_RECEIVABLE lines, summed exactly.
    const delta = (d: VoucherDraft) =>
      fromHundredths(d.lines.filter((l) => l.account === 'FEE_RECEIVABLE').reduce((sum, l) => sum + toHundredths(l.amount), 0n));
    const lines = drafts.flatMap((d, i) => d.lines.map((l) => ({ ord: i + 1, ...l })));
    const lineColumn = <T>(pick: (l: (typeof lines)[number]) => T) => sql.param(lines.map(pick));
    const seq = sql`c.last + a.n`;
    const result = await db.execute<{
      ord: number;
      refusal: Refusal | null;
      balanceBefore: string;
      closedUntil: string | null;
      yearStart: string;
      id: string | null;
      voucherNo: string | null;
      balanceAfter: string | null;
      createdAt: string | null;
    }>(sql`
      WITH bounds AS (
        SELECT (SELECT "closedUntil" FROM "FeeBooksClosing") AS "closedUntil",
          (SELECT "startDate" FROM "AcademicYear" WHERE id = ${year.academicYearId}) AS "yearStart"
      ), input AS (
        SELECT j.*, CASE
          WHEN NOT EXISTS (SELECT 1 FROM "Student" s WHERE s.id = j."studentId") THEN 'student'
          WHEN j.key IS NOT NULL AND (EXISTS (SELECT 1 FROM "FeeVoucher" v WHERE v."idempotencyKey" = j.key)
            OR j.ord > (SELECT min(i.ord) FROM unnest(${column((d) => d.idempotencyKey)}::text[]) WITH ORDINALITY AS i(key, ord) WHERE i.key = j.key))
            THEN 'key'
          WHEN j.rev IS NOT NULL AND (EXISTS (SELECT 1 FROM "FeeVoucher" v WHERE v."reversesVoucherId" = j.rev)
            OR j.ord > (SELECT min(i.ord) FROM unnest(${column((d) => d.reversesVoucherId)}::uuid[]) WITH ORDINALITY AS i(rev, ord) WHERE i.rev = j.rev))
            THEN 'reversed'
          WHEN j.date <= (SELECT "closedUntil" FROM bounds) THEN 'closed'
          WHEN j.date < (SELECT "yearStart" FROM bounds) THEN 'early'
        END AS refusal
        FROM unnest(${column((d) => d.kind)}::text[], ${column((d) => d.date)}::date[], ${column((d) => d.studentId)}::uuid[],
          ${column((d) => d.idempotencyKey)}::text[], ${column((d) => d.reversesVoucherId)}::uuid[], ${column((d) => d.feeStructureId)}::uuid[],
          ${column((d) => d.narration)}::text[], ${column((d) => d.reference)}::text[], ${column((d) => d.createdBy)}::uuid[],
          ${column(delta)}::numeric[], ${column((d) => d.noCredit)}::boolean[])
          WITH ORDINALITY AS j(kind, date, "studentId", key, rev, fs, narration, reference, "createdBy", delta, "noCredit", ord)
      ), balances AS (
        SELECT l."studentId", sum(l.amount) AS balance FROM "FeeLedger" l
        WHERE l."schoolId" = ${schoolId} AND l."studentId" = ANY(${sql.param([...new Set(drafts.map((d) => d.studentId))])}::uuid[])
          AND l.account = 'FEE_RECEIVABLE'
        GROUP BY l."studentId"
      ), judged AS (
        -- The balance before each voucher counts the earlier ones of the list that pass the checks
        -- above (a refused no-credit discount among them too: a stricter test, never a looser one).
        SELECT j.*, coalesce(b.balance, 0) + coalesce(sum(j.delta) FILTER (WHERE j.refusal IS NULL)
          OVER (PARTITION BY j."studentId" ORDER BY j.ord ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS "balanceBefore"
        FROM input j LEFT JOIN balances b ON b."studentId" = j."studentId"
      ), verdicts AS (
        SELECT j.*, coalesce(j.refusal, CASE WHEN j."noCredit" AND j."balanceBefore" + j.delta < 0 THEN 'credit' END) AS verdict
        FROM judged j
      ), accepted AS (
        SELECT j.*, row_number() OVER (ORDER BY j.ord) AS n,
          sum(j.delta) OVER (PARTITION BY j."studentId" ORDER BY j.ord) AS "deltaSoFar"
        FROM verdicts j
        WHERE j.verdict IS NULL
      ), c AS (
        SELECT "lastNo" AS last, clock_timestamp() AS at FROM "FeeVoucherCounter" WHERE "academicYearId" = ${year.academicYearId}
      ), v AS (
        INSERT INTO "FeeVoucher" ("schoolId", "voucherNo", kind, date, "studentId", "idempotencyKey", "reversesVoucherId", narration,
          "createdBy", "academicYearId", seq, "feeStructureId", reference, "balanceAfter", "createdAt")
        SELECT ${schoolId}, ${voucherNumberSql(year.yearName, seq)}, a.kind, a.date, a."studentId", a.key, a.rev, a.narration,
          a."createdBy", ${year.academicYearId}::uuid, ${seq}, a.fs, a.reference, coalesce(b.balance, 0) + a."deltaSoFar", c.at
        FROM accepted a CROSS JOIN c LEFT JOIN balances b ON b."studentId" = a."studentId"
        RETURNING id, "voucherNo", seq, "studentId", date, narration, "createdAt", "balanceAfter"
      ), lines AS (
        INSERT INTO "FeeLedger" ("schoolId", "studentId", "academicYear", "voucherNo", date, amount, account, "entryType", "feeStructureId", narration,
          "createdAt")
        SELECT ${schoolId}, v."studentId", ${year.yearName}, v."voucherNo", v.date, x.amount, x.account,
          CASE WHEN x.amount > 0 THEN 'DR' ELSE 'CR' END, x.fs, v.narration, v."createdAt"
        FROM unnest(${lineColumn((l) => l.ord)}::int[], ${lineColumn((l) => l.amount)}::numeric[], ${lineColumn((l) => l.account)}::text[],
          ${lineColumn((l) => l.feeStructureId)}::uuid[]) AS x(ord, amount, account, fs)
        JOIN accepted a ON a.ord = x.ord
        JOIN v ON v.seq = (SELECT last FROM c) + a.n
      ), counter AS (
        UPDATE "FeeVoucherCounter" SET "lastNo" = "lastNo" + (SELECT count(*) FROM accepted)::int
        WHERE "academicYearId" = ${year.academicYearId}
      )
      SELECT j.ord::int AS ord, j.verdict AS refusal, j."balanceBefore"::text AS "balanceBefore",
        (SELECT "closedUntil" FROM bounds)::text AS "closedUntil", (SELECT "yearStart" FROM bounds)::text AS "yearStart",
        v.id, v."voucherNo", v."balanceAfter"::text AS "balanceAfter", to_json(v."createdAt") #>> '{}' AS "createdAt"
      FROM verdicts j
      LEFT JOIN accepted a ON a.ord = j.ord
      LEFT JOIN v ON v.seq = (SELECT last FROM c) + a.n
      ORDER BY j.ord`);
    return result.rows.map((r): PostResult => {
      if (r.id) return { posted: { id: r.id, voucherNo: r.voucherNo!, balanceAfter: r.balanceAfter!, createdAt: r.createdAt! } };
      return { posted: null, refused: r.refusal!, balanceBefore: r.balanceBefore, closedUntil: r.closedUntil, yearStart: r.yearStart };
    });
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
  ): Promise<{
    id: string;
    academicYearId: string;
    classId: string | null;
    name: string;
    amount: string;
    yearName: string;
    classExists: boolean;
  } | null> {
    const result = await db.execute<{
      id: string;
      academicYearId: string;
      classId: string | null;
      name: string;
      amount: string;
      yearName: string;
      classExists: boolean;
    }>(sql`
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

  /**
   * The vouchers dated `f.date` (of one payment mode, by one poster, when given), in posting order
   * (createdAt, voucher number), `limit` of them after `after`.
   */
  async ofDay(
    db: Db,
    f: { date: string; mode: string | null; postedBy: string | null },
    after: readonly [createdAt: string, voucherNo: string] | null,
    limit: number,
  ): Promise<ReceiptRow[]> {
    const result = await db.execute<ReceiptRow>(sql`${RECEIPT_SELECT}
      WHERE v.date = ${f.date}::date
        AND (${f.mode}::text IS NULL OR x.mode = ${f.mode}::text)
        AND (${f.postedBy}::uuid IS NULL OR v."createdBy" = ${f.postedBy}::uuid)
        AND (${after?.[0] ?? null}::timestamptz IS NULL OR (v."createdAt", v."voucherNo") > (${after?.[0] ?? null}::timestamptz, ${after?.[1] ?? null}::text))
      ORDER BY v."createdAt", v."voucherNo"
      LIMIT ${limit}`);
    return result.rows;
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
