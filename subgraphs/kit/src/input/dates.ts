/**
 * Calendar days as YYYY-MM-DD strings. "Today" is the date in the school's own time zone (the
 * School row's `timezone`), whatever the server's clock zone, so a day that has not started
 * yet at the school is refused and one that has is accepted.
 */
import { AppError } from '@syncad/platform';

const MONTH = /^(\d{4})-(\d{2})$/;
/** The longest range a register, summary or history covers in one request. */
export const MAX_RANGE_DAYS = 366;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function toIso(d: Date): string {
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** Today's date in `timeZone` (an IANA name such as "Asia/Kolkata"). */
export function today(timeZone: string, now = new Date()): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    // en-CA formats a date as YYYY-MM-DD.
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, format);
  }
  return format.format(now);
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return toIso(d);
}

/** Days from `from` to `to`, both included. */
export function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000 + 1;
}

export function assertNotFuture(date: string, field: string, timeZone: string): void {
  if (date > today(timeZone)) throw AppError.badInput(`${field} ${date} is in the future`, field);
}

/** [from, to] with from <= to and at most MAX_RANGE_DAYS days. */
export function checkRange(from: string, to: string): { from: string; to: string } {
  if (from > to) throw AppError.badInput(`from (${from}) is after to (${to})`, 'from');
  if (daysBetween(from, to) > MAX_RANGE_DAYS) {
    throw AppError.badInput(`a date range covers at most ${MAX_RANGE_DAYS} days`, 'to');
  }
  return { from, to };
}

/** A period given as a month ("2026-06") or as from/to, exactly one of the two. */
export function period(args: { month?: string | null; from?: string | null; to?: string | null }): {
  from: string;
  to: string;
} {
  const { month, from, to } = args;
  if (month != null) {
    if (from != null || to != null) throw AppError.badInput('give either month or from/to, not both', 'month');
    const m = MONTH.exec(month);
    if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) {
      throw AppError.badInput(`month "${month}" must be YYYY-MM`, 'month');
    }
    const first = `${m[1]}-${m[2]}-01`;
    const nextMonth = new Date(Date.UTC(Number(m[1]), Number(m[2]), 1));
    return { from: first, to: addDays(toIso(nextMonth), -1) };
  }
  if (from == null || to == null) throw AppError.badInput('give a month or both from and to', 'from');
  return checkRange(from, to);
}
