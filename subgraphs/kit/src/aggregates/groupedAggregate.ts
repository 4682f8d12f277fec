/**
 * Grouped aggregates (attendance, results, fees, transport, library): one statement with GROUP BY
 * GROUPING SETS answers every group and the total, so the statement count never grows with the
 * groups. A family names its grouping keys (each a SQL expression without parameters, repeated in
 * SELECT and GROUP BY), its measures and its rows; the caller picks the keys.
 */
import { AppError } from '@syncad/platform';
import type { SchoolExecutor } from '@syncad/shared-db';
import { sql, type SQL } from 'drizzle-orm';
import { addDays, checkRange, MAX_RANGE_DAYS, today } from '../input/dates';
import { parseId } from '../input/parseId';

/** The most groups one aggregate answers; more is refused (narrow the period or group by less). */
export const MAX_AGGREGATE_GROUPS = 1000;

export interface AggregateFamily<K extends string> {
  /** Each grouping key's expression over `source`. */
  keys: Record<K, SQL>;
  /** The measures, each `<expression> AS "<name>"`, comma-separated. */
  measures: SQL;
  /** `FROM ... WHERE ...`: the rows aggregated (the caller's own scope already applied). */
  source: SQL;
  /**
   * How a key's groups sort when not by the key's own value: an expression of the key's value,
   * e.g. a class's sort order and name (groups of a record key otherwise sort by id).
   */
  order?: Partial<Record<K, (keyValue: SQL) => SQL>>;
}

/**
 * One group: its measures and `key`, the chosen keys' values named as GraphQL fields (CLASS is
 * `class`, FEE_STRUCTURE `feeStructure`; the others absent, i.e. null).
 */
export type AggregateKey = Record<string, string | null | undefined>;
export type AggregateGroup<M> = M & { key: AggregateKey };

export interface AggregateAnswer<K extends string, M> {
  groupBy: K[];
  total: AggregateGroup<M>;
  /** The groups in key order; with no key chosen, the total alone. */
  groups: AggregateGroup<M>[];
}

/** CLASS -> class, FEE_STRUCTURE -> feeStructure. */
function keyFieldName(key: string): string {
  return key.toLowerCase().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}

type Row = Record<string, unknown> & { __level: number };

/** Runs the family's statement grouped by `groupBy` (duplicates ignored). */
export async function groupedAggregate<K extends string, M>(
  db: SchoolExecutor,
  family: AggregateFamily<K>,
  groupByInput: readonly K[],
): Promise<AggregateAnswer<K, M>> {
  const groupBy = [...new Set(groupByInput)];
  const keyColumn = (k: K) => sql.raw(`"key_${k}"`);
  const groupOf = (row: Row, keys: readonly K[]): AggregateGroup<M> => {
    const group: Record<string, unknown> = {
      key: Object.fromEntries(keys.map((k) => [keyFieldName(k), (row[`key_${k}`] as string | null) ?? null])),
    };
    for (const [name, value] of Object.entries(row)) if (name !== '__level' && !name.startsWith('key_')) group[name] = value;
    return group as AggregateGroup<M>;
  };
  if (groupBy.length === 0) {
    const { rows } = await db.execute<Row>(sql`SELECT 1 AS "__level", ${family.measures} ${family.source}`);
    const total = groupOf(rows[0], []);
    return { groupBy, total, groups: [total] };
  }
  const exprs = groupBy.map((k) => family.keys[k]);
  // Sorted outside the grouping, where each key is a plain column whatever its expression.
  const keyValue = (k: K) => sql.raw(`grouped."key_${k}"`);
  const { rows } = await db.execute<Row>(sql`
    SELECT * FROM (
      SELECT grouping(${sql.join(exprs, sql`, `)})::int AS "__level",
        ${sql.join(
          groupBy.map((k, i) => sql`${exprs[i]} AS ${keyColumn(k)}`),
          sql`, `,
        )},
        ${family.measures}
      ${family.source}
      GROUP BY GROUPING SETS ((${sql.join(exprs, sql`, `)}), ())
    ) grouped
    ORDER BY "__level" DESC, ${sql.join(
      groupBy.map((k) => {
        const order = family.order?.[k];
        return order ? sql`${order(keyValue(k))} NULLS LAST, ${keyValue(k)}` : sql`${keyValue(k)} NULLS LAST`;
      }),
      sql`, `,
    )}
    LIMIT ${MAX_AGGREGATE_GROUPS + 2}`);
  // The total comes first (its level sets every bit); then the groups.
  const [grand, ...rest] = rows;
  if (rest.length > MAX_AGGREGATE_GROUPS) {
    throw AppError.badInput(
      `the answer has more than ${MAX_AGGREGATE_GROUPS} groups: narrow the period or the filters, or group by fewer keys`,
      'groupBy',
    );
  }
  return { groupBy, total: groupOf(grand, []), groups: rest.map((row) => groupOf(row, groupBy)) };
}

/** `AND <studentColumn> = ANY(own)` for a self-scoped caller (their own students' rows only); nothing for staff. */
export function onlyOwnStudents(studentColumn: SQL, own: readonly string[] | undefined): SQL {
  return own === undefined ? sql`` : sql`AND ${studentColumn} = ANY(${sql.param([...own])}::uuid[])`;
}

/** `AND <column> = <id>` when the filter `field` is given (a malformed id is BAD_USER_INPUT naming it). */
export function idFilter(column: SQL, value: string | null | undefined, field: string): SQL {
  return value == null ? sql`` : sql`AND ${column} = ${parseId(value, field)}::uuid`;
}

/** An aggregate's period: `from` and `to` as given (both or neither), else the 366 days ending today at the school. */
export function aggregatePeriod(input: { from?: string | null; to?: string | null }, timeZone: string): { from: string; to: string } {
  if (input.from == null && input.to == null) {
    const to = today(timeZone);
    return { from: addDays(to, 1 - MAX_RANGE_DAYS), to };
  }
  if (input.from == null || input.to == null)
    throw AppError.badInput('give both from and to, or neither', input.from == null ? 'from' : 'to');
  return checkRange(input.from, input.to);
}

/**
 * A record key's groups sorted by columns of the record (`"sortOrder"`, `name` of "Class"), not by id.
 * Its alias is its own, so it never meets a family's aliases (r, e, s ...).
 */
export function recordOrder(table: string, columns: readonly string[], key: SQL): SQL {
  const alias = '"ordering_record"';
  const row = columns.map((c) => `${alias}."${c}"`).join(', ');
  return sql`(SELECT ROW(${sql.raw(row)}) FROM ${sql.raw(`"${table}" ${alias}`)} WHERE ${sql.raw(alias)}.id = ${key})`;
}

/** Classes sort as the school orders them (sortOrder, then name). */
export const classOrder = (key: SQL): SQL => recordOrder('Class', ['sortOrder', 'name'], key);
