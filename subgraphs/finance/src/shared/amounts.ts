/** Money arguments: exact two-place decimals, positive and below the columns' numeric(12,2) limit. */
import { AppError, fromHundredths, toHundredths } from '@syncad/platform';

/** numeric(12,2) holds at most 9,999,999,999.99. */
const LIMIT = 999_999_999_999n;

/** The amount in canonical form ("1250.50"), or BAD_USER_INPUT naming `field` unless it is positive, exact to the paisa and in range. */
export function parseAmount(value: string, field: string): string {
  // The Decimal scalar has already refused non-decimals; this is the second lock (and the sign and range check).
  const hundredths = toHundredths(value, field);
  if (hundredths <= 0n) throw AppError.badInput(`${field} must be greater than 0`, field);
  if (hundredths > LIMIT) throw AppError.badInput(`${field} must be below 10000000000`, field);
  return fromHundredths(hundredths);
}

/** '-1250.50' for '1250.50'. */
export function negate(amount: string): string {
  return fromHundredths(-toHundredths(amount));
}
