/** Ids from arguments: checked before any SQL so a malformed one is BAD_USER_INPUT, never a database error. */
import { AppError } from '@syncad/subgraph-kit';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** The id in canonical lower case, or BAD_USER_INPUT naming the argument. */
export function parseId(value: string, field: string): string {
  if (!isUuid(value)) throw AppError.badInput(`${field} is not a valid id`, field);
  return value.toLowerCase();
}
