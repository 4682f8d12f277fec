/**
 * Turns database and tenancy errors into coded errors; anything else stays internal (masked).
 * - PostgreSQL errors a user can cause (unique, foreign key, check, format) -> CONFLICT / BAD_USER_INPUT.
 * - A school database that cannot be reached, was dropped or refuses connections -> TENANT_UNAVAILABLE;
 *   an unknown school -> NOT_FOUND.
 * The coded error keeps the original as its (non-enumerable) cause, for the server's log.
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

/** What pg says, without a code, when a connection dies or cannot be made (see pg/lib/client.js). */
const CONNECTION_LOST = [
  'Connection terminated unexpectedly',
  'Connection terminated due to connection timeout',
  'Client has encountered a connection error and is not queryable',
  'timeout expired',
];

const SOCKET_ERRORS = ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN'];

/**
 * Connection failures: SQLSTATE class 08, admin shutdown or starting up (57P01-03), the database
 * dropped (3D000), refused credentials (class 28), too many connections (53300), or a socket error.
 */
function isConnectionFailure(code: string): boolean {
  return (
    code.startsWith('08') ||
    code.startsWith('28') ||
    /^57P0[123]$/.test(code) ||
    code === '3D000' ||
    code === '53300' ||
    SOCKET_ERRORS.includes(code)
  );
}

function messages(err: unknown): string[] {
  const out: string[] = [];
  for (let e = err as { message?: unknown; cause?: unknown } | null | undefined, depth = 0; e && depth < 3; depth++) {
    if (typeof e.message === 'string') out.push(e.message);
    e = e.cause as typeof e;
  }
  return out;
}

/** Whether the error says a database cannot be used right now (down, dropped, refusing, saturated), whatever threw it. */
export function isDatabaseUnavailable(err: unknown): boolean {
  const said = messages(err);
  if (said.includes(POOL_TIMEOUT)) return true;
  const code = postgresErrorOf(err)?.code;
  return code ? isConnectionFailure(code) : said.some((m) => CONNECTION_LOST.includes(m));
}

/** For the gateway, whose only database is the central one: its outages become TENANT_UNAVAILABLE; anything else is returned unchanged. */
export function mapCentralOutage(err: unknown): unknown {
  if (err instanceof AppError || !isDatabaseUnavailable(err)) return err;
  return AppError.tenantUnavailable('the central database is unavailable, try again shortly').because(err);
}

/** Maps an error to an AppError when it is one a client should see coded; returns it unchanged otherwise. */
export function mapDatabaseError(err: unknown): unknown {
  if (err instanceof AppError) return err;
  if (err instanceof UnknownSchoolError) return AppError.notFound('school');
  if (err instanceof SchoolUnavailableError) return AppError.tenantUnavailable().because(err);
  const said = messages(err);
  if (said.includes(POOL_TIMEOUT)) return AppError.tenantUnavailable('the school database is busy, try again shortly').because(err);
  const code = postgresErrorOf(err)?.code;
  if (code && isConnectionFailure(code)) return AppError.tenantUnavailable().because(err);
  if (!code && said.some((m) => CONNECTION_LOST.includes(m))) return AppError.tenantUnavailable().because(err);
  if (!code) return err;
  return PG_ERROR_CODES[code]?.() ?? err;
}
