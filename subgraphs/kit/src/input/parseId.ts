/** Ids from arguments: checked before any SQL so a malformed one is BAD_USER_INPUT, never a database error. */
import { isUuid } from '@syncad/shared-db';
import { AppError } from '@syncad/platform';

/** The id in canonical lower case, or BAD_USER_INPUT naming the argument. */
export function parseId(value: string, field: string): string {
  if (!isUuid(value)) throw AppError.badInput(`${field} is not a valid id`, field);
  return value.toLowerCase();
}
