/**
 * Exact money arithmetic: amounts are decimal strings with at most two places at the edges
 * and bigint paise/cents inside. Never a JS float.
 */
import { AppError } from './AppError';

const MONEY_PATTERN = /^(-?)(\d{1,10})(?:\.(\d{1,2}))?$/;

/** '10.1' -> 1010n. Throws BAD_USER_INPUT for anything that is not an exact 2-place decimal. */
export function toCents(amount: string, field = 'amount'): bigint {
  const m = MONEY_PATTERN.exec(amount.trim());
  if (!m) throw AppError.badInput(`${field} must be a decimal string with at most 2 decimal places, e.g. "1250.50"`, field);
  const [, sign, whole, frac = ''] = m;
  const cents = BigInt(whole) * 100n + BigInt(frac.padEnd(2, '0'));
  return sign ? -cents : cents;
}

/** 1010n -> '10.10' */
export function fromCents(cents: bigint): string {
  const negative = cents < 0n;
  const abs = negative ? -cents : cents;
  const whole = abs / 100n;
  const frac = (abs % 100n).toString().padStart(2, '0');
  return `${negative ? '-' : ''}${whole}.${frac}`;
}

/** A numeric from PostgreSQL ('10.1', '10.10', '-3') in canonical two-place form. */
export function formatMoney(value: string): string {
  return fromCents(toCents(value));
}
