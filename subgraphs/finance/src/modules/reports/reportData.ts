/** SQL of the finance reports: each one statement with GROUPING SETS, sums done by PostgreSQL's numeric. */
import { sql } from 'drizzle-orm';
import { school } from '@syncad/shared-db';
import type { Db } from '../../shared/rows';

export interface DayBookFilter {
  date: string;
  mode: string | null;
  postedBy: string | null;
}

export type DayBookTotalRow = {
  kind: string;
  mode: string | null;
  postedBy: string | null;
  count: number;
  amount: string;
};

export interface DayBookSums {
  totals: DayBookTotalRow[];
  voucherCount: number;
  totalDebit: string;
  totalCredit: string;
}

export type TrialBalanceRow = {
  account: string;
  opening: string;
  debit: string;
  credit: string;
  closing: string;
};

export const reportData = {
  async dayBook(db: Db, f: DayBookFilter): Promise<DayBookSums> {
    const result = await db.execute<Omit<DayBookTotalRow, 'amount'> & { level: number; debit: string; credit: string }>(sql`
      WITH day AS (
        SELECT v.kind, v."createdBy" AS "postedBy", x.mode, x.debit, x.credit
        FROM "FeeVoucher" v
        CROSS JOIN LATERAL (
          SELECT min(l.account) FILTER (WHERE l.account IN ('CASH', 'BANK')) AS mode,
            sum(l.amount) FILTER (WHERE l.amount > 0) AS debit, -sum(l.amount) FILTER (WHERE l.amount < 0) AS credit
          FROM "FeeLedger" l WHERE l."voucherNo" = v."voucherNo"
        ) x
        WHERE v.date = ${f.date}::date
          AND (${f.mode}::text IS NULL OR x.mode = ${f.mode}::text)
          AND (${f.postedBy}::uuid IS NULL OR v."createdBy" = ${f.postedBy}::uuid)
      )
      SELECT grouping(kind, mode, "postedBy")::int AS level, kind, mode, "postedBy", count(*)::int AS count,
        coalesce(sum(debit), 0)::text AS debit, coalesce(sum(credit), 0)::text AS credit
      FROM day
      GROUP BY GROUPING SETS ((kind, mode, "postedBy"), ())
      ORDER BY level, kind, mode NULLS FIRST, "postedBy"`);
    const grand = result.rows.find((r) => r.level !== 0)!;
    return {
      totals: result.rows
        .filter((r) => r.level === 0)
        // A voucher's amount is its debit side.
        .map(({ kind, mode, postedBy, count, debit }) => ({ kind, mode, postedBy, count, amount: debit })),
      voucherCount: grand.count,
      totalDebit: grand.debit,
      totalCredit: grand.credit,
    };
  },

  async trialBalance(db: Db, from: string, to: string): Promise<{ accounts: TrialBalanceRow[]; totalDebit: string; totalCredit: string }> {
    const result = await db.execute<TrialBalanceRow & { level: number }>(sql`
      SELECT grouping(a.account)::int AS level, a.account,
        coalesce(sum(l.amount) FILTER (WHERE l.date < ${from}::date), 0)::text AS opening,
        coalesce(sum(l.amount) FILTER (WHERE l.date >= ${from}::date AND l.amount > 0), 0)::text AS debit,
        coalesce(-sum(l.amount) FILTER (WHERE l.date >= ${from}::date AND l.amount < 0), 0)::text AS credit,
        coalesce(sum(l.amount), 0)::text AS closing
      FROM unnest(${sql.param([...school.LEDGER_ACCOUNTS])}::text[]) AS a(account)
      LEFT JOIN "FeeLedger" l ON l.account = a.account AND l.date <= ${to}::date
      GROUP BY GROUPING SETS ((a.account), ())
      ORDER BY level, a.account`);
    const grand = result.rows.find((r) => r.level !== 0)!;
    return {
      accounts: result.rows.filter((r) => r.level === 0).map(({ level: _level, ...row }) => row),
      totalDebit: grand.debit,
      totalCredit: grand.credit,
    };
  },
};
