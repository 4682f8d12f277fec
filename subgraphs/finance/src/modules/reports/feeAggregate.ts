/**
 * feeAggregate: the ledger's lines over a period, summed per voucher kind, grouped by class, payment
 * mode, month, account or fee structure. A voucher counts on its debit side (charged, paid,
 * discounted, reversed), so it counts once whatever the grouping; `outstanding` is what the lines
 * left owing (FEE_RECEIVABLE's debits minus its credits).
 */
import {
  aggregatePeriod,
  recordOrder,
  classOrder,
  groupedAggregate,
  onlyOwnStudents,
  ownStudentFilter,
  idFilter,
  type AggregateAnswer,
  type AggregateGroup,
} from '@syncad/subgraph-kit';
import { sql, type SQL } from 'drizzle-orm';
import type { FinanceContext } from '../../context';
import type { FeeAggregateInput, FeeGroupBy } from '../../generated/graphql';

export interface FeeFigures {
  vouchers: number;
  charged: string;
  paid: string;
  discounted: string;
  reversed: string;
  outstanding: string;
  debit: string;
  credit: string;
}

export type FeeAggregateModel = AggregateAnswer<FeeGroupBy, FeeFigures>;
export type FeeGroupModel = AggregateGroup<FeeFigures>;

const KEYS: Record<FeeGroupBy, SQL> = {
  CLASS: sql`s."classId"`,
  MODE: sql`x.mode`,
  MONTH: sql`to_char(l.date, 'YYYY-MM')`,
  ACCOUNT: sql`l.account`,
  FEE_STRUCTURE: sql`coalesce(l."feeStructureId", v."feeStructureId")`,
};

const ORDER = {
  CLASS: classOrder,
  FEE_STRUCTURE: (key: SQL) => recordOrder('FeeStructure', ['name'], key),
};

/** A sum of money as exact text with two decimals, 0.00 when there is nothing to sum. */
const money = (expression: SQL, name: string) => sql`coalesce(${expression}, 0)::numeric(14, 2)::text AS ${sql.raw(`"${name}"`)}`;

export async function feeAggregate(ctx: FinanceContext, input: FeeAggregateInput): Promise<FeeAggregateModel> {
  const { from, to } = aggregatePeriod(input, ctx.timezone);
  const own = await ownStudentFilter(ctx);
  const debitOf = (kind: string) => sql`sum(l.amount) FILTER (WHERE v.kind = ${kind} AND l.amount > 0)`;
  return groupedAggregate<FeeGroupBy, FeeFigures>(
    ctx.db,
    {
      keys: KEYS,
      order: ORDER,
      measures: sql.join(
        [
          sql`count(DISTINCT l."voucherNo")::int AS vouchers`,
          money(debitOf('CHARGE'), 'charged'),
          money(debitOf('PAYMENT'), 'paid'),
          money(debitOf('DISCOUNT'), 'discounted'),
          money(debitOf('REVERSAL'), 'reversed'),
          money(sql`sum(l.amount) FILTER (WHERE l.account = 'FEE_RECEIVABLE')`, 'outstanding'),
          money(sql`sum(l.amount) FILTER (WHERE l.amount > 0)`, 'debit'),
          money(sql`-sum(l.amount) FILTER (WHERE l.amount < 0)`, 'credit'),
        ],
        sql`, `,
      ),
      // A voucher's mode is the cash or bank account it moved money through (none for charges and discounts).
      source: sql`FROM "FeeLedger" l
        JOIN "FeeVoucher" v ON v."voucherNo" = l."voucherNo"
        JOIN "Student" s ON s.id = l."studentId"
        CROSS JOIN LATERAL (
          SELECT min(m.account) FILTER (WHERE m.account IN ('CASH', 'BANK')) AS mode FROM "FeeLedger" m WHERE m."voucherNo" = l."voucherNo"
        ) x
        WHERE l.date BETWEEN ${from}::date AND ${to}::date
          ${idFilter(sql`s."classId"`, input.classId, 'classId')}
          ${idFilter(sql`coalesce(l."feeStructureId", v."feeStructureId")`, input.feeStructureId, 'feeStructureId')}
          ${onlyOwnStudents(sql`l."studentId"`, own)}`,
    },
    input.groupBy,
  );
}
