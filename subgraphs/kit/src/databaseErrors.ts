/** Turns PostgreSQL errors a user can cause into coded errors; anything else stays internal. */
import { AppError } from './AppError';

const PG_ERROR_CODES: Record<string, (detail: string) => AppError> = {
  '23505': () => AppError.conflict('a record with the same unique value already exists'),
  '23503': () => AppError.badInput('a referenced record does not exist'),
  '23514': () => AppError.badInput('the values break a rule of the data (check constraint)'),
  '22P02': () => AppError.badInput('a value has the wrong format'),
  '22003': () => AppError.badInput('a number is out of range'),
  '22007': () => AppError.badInput('a date or time is invalid'),
  '22008': () => AppError.badInput('a date or time is out of range'),
  '22001': () => AppError.badInput('a text value is too long'),
};

/** Maps a pg error by SQLSTATE; returns the error itself when it is not one a user can cause. */
export function mapDatabaseError(err: unknown): unknown {
  if (err instanceof AppError) return err;
  // drizzle wraps driver errors; the SQLSTATE is on the error or its cause.
  const pgError = (err as { code?: unknown; cause?: { code?: unknown } }) ?? {};
  const code = typeof pgError.code === 'string' ? pgError.code : pgError.cause?.code;
  const toAppError = typeof code === 'string' ? PG_ERROR_CODES[code] : undefined;
  return toAppError ? toAppError(String(code)) : err;
}
