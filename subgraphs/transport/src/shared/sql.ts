/** SQL helpers every transport module's data access uses. */
import { sql, type eq, type SQL } from 'drizzle-orm';

/** `column = ANY($1::uuid[])`: one array parameter, not a placeholder per id. */
export function anyOf(column: SQL.Aliased | Parameters<typeof eq>[0], ids: readonly string[]): SQL {
  return sql`${column} = ANY(${sql.param([...ids])}::uuid[])`;
}
