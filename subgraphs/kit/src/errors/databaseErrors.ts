/**
 * Turns database and tenancy errors into coded errors; anything else stays internal (masked).
 * - PostgreSQL errors a user can cause (unique, foreign key, check, format) -> CONFLICT / BAD_USER_INPUT.
 * - A school database that cannot be reached -> TENANT_UNAVAILABLE; an unknown school -> NOT_FOUND.
 */
import { SchoolUnavailableError, UnknownSchoolError } from '@syncad/shared-db';
import { AppError } from './AppError';
import { postgresErrorOf } from './postgresError';

const PG_ERROR_CODES: Record<string, () => AppError> = {
  '23505': () => AppError.conflict('a record with the same unique value already exists'),
  '23503': () => AppError.badInput('a referenced record does not exist'),
  '23514': () => AppError.badInput('the values break a rule of the data (check constraint)'),
  '22P02': () => AppError.badInput('a value has the wrong format'),
  '22003': () => AppError.badInput('a number is out of range'),
  '22007': () => AppError.badInput('a date or time is invalid'),
  '22008': () => AppError.badInput('a date or time is out of range'),
  '22001': () => AppError.badInput('a text value is too long'),
  '22021': () => AppError.badInput('a text value contains a character that cannot be stored (such as NUL)'),
  '54000': () => AppError.badInput('a value is too large'),
  '57014': () => AppError.tenantUnavailable('the request took too long and was stopped; narrow it down or try again'),
};

/** pg-pool's words when no connection frees up in time: the school database is saturated. */
const POOL_TIMEOUT = 'timeout exceeded when trying to connect';

/** Connection failures: SQLSTATE class 08, admin shutdown (57P01-03), or a socket error. */
function isConnectionFailure(code: string): boolean {
  return code.startsWith('08') || /^57P0[123]$/.test(code) || ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE'].includes(code);
}

/** Maps an error to an AppError when it is one a client should see coded; returns it unchanged otherwise. */
export function mapDatabaseError(err: unknown): unknown {
  if (err instanceof AppError) return err;
  if (err instanceof UnknownSchoolError) return AppError.notFound('school');
  if (err instanceof SchoolUnavailableError) return AppError.tenantUnavailable();
  if (err instanceof Error && (err.message === POOL_TIMEOUT || (err.cause as Error | undefined)?.message === POOL_TIMEOUT)) {
    return AppError.tenantUnavailable('the school database is busy, try again shortly');
  }
  const code = postgresErrorOf(err)?.code;
  if (!code) return err;
  if (isConnectionFailure(code)) return AppError.tenantUnavailable();
  return PG_ERROR_CODES[code]?.() ?? err;
}
