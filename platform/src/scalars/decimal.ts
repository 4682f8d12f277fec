/**
 * Exact two-place decimals (money, marks, percentages): decimal strings at the edges and bigint
 * hundredths inside. Never a JS float.
 */
import { AppError } from '../errors/AppError';

/** Up to 18 whole digits: a running balance (numeric(20,2)) as well as an amount; each field checks its own range. */
const DECIMAL_PATTERN = /^(-?)(\d{1,18})(?:\.(\d{1,2}))?$/;

/** '10.1' -> 1010n. Throws BAD_USER_INPUT naming `field` for anything that is not an exact 2-place decimal. */
export function toHundredths(value: string, field = 'value'): bigint {
  const m = DECIMAL_PATTERN.exec(value.trim());
  if (!m) throw AppError.badInput(`${field} must be a decimal string with at most 2 decimal places, e.g. "1250.50"`, field);
  const [, sign, whole, frac = ''] = m;
  const hundredths = BigInt(whole) * 100n + BigInt(frac.padEnd(2, '0'));
  return sign ? -hundredths : hundredths;
}

/** 1010n -> '10.10' */
export function fromHundredths(hundredths: bigint): string {
  const negative = hundredths < 0n;
  const abs = negative ? -hundredths : hundredths;
  const frac = (abs % 100n).toString().padStart(2, '0');
  return `${negative ? '-' : ''}${abs / 100n}.${frac}`;
}

/** A numeric from PostgreSQL ('10.1', '10.10', '-3') in canonical two-place form. */
export function formatDecimal(value: string): string {
  return fromHundredths(toHundredths(value));
}
