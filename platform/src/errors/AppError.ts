/**
 * The closed set of error codes clients see (documented in the README), each a GraphQLError
 * with `extensions.code` and, where it ends a request, the HTTP status.
 */
import { GraphQLError } from 'graphql';

export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TENANT_UNAVAILABLE'
  | 'TOO_MANY_REQUESTS'
  | 'PASSWORD_CHANGE_REQUIRED'
  | 'SUBGRAPH_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

export const HTTP_STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TENANT_UNAVAILABLE: 503,
  TOO_MANY_REQUESTS: 429,
  PASSWORD_CHANGE_REQUIRED: 403,
  SUBGRAPH_UNAVAILABLE: 503,
  INTERNAL_SERVER_ERROR: 500,
};

export class AppError extends GraphQLError {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
    this.code = code;
  }

  /** The same error, also ending the HTTP request with its status (for errors raised before execution). */
  withHttpStatus(): AppError {
    const error = new AppError(this.code, this.message, { ...this.extensions, http: { status: HTTP_STATUS[this.code] } });
    return this.cause === undefined ? error : error.because(this.cause);
  }

  /** A field error; raised before execution (no token, a bad context), add withHttpStatus() for the 401. */
  static unauthenticated(message = 'authentication required') {
    return new AppError('UNAUTHENTICATED', message);
  }
  static forbidden(message: string, extra: Record<string, unknown> = {}) {
    return new AppError('FORBIDDEN', message, extra);
  }
  static badInput(message: string, field?: string) {
    return new AppError('BAD_USER_INPUT', message, field ? { field } : {});
  }
  static notFound(what: string) {
    return new AppError('NOT_FOUND', `${what} not found`);
  }
  static conflict(message: string) {
    return new AppError('CONFLICT', message);
  }
  /** Slow down: `retryAfterSeconds` says when to try again (the gateway also sends it as Retry-After). */
  static tooManyRequests(message: string, retryAfterSeconds: number) {
    return new AppError('TOO_MANY_REQUESTS', message, { retryAfter: Math.max(1, Math.ceil(retryAfterSeconds)) });
  }
  static tenantUnavailable(message = 'the school database is unavailable, try again shortly') {
    return new AppError('TENANT_UNAVAILABLE', message);
  }
  /** A part of the system (a subgraph) did not answer in time or refused the connection; `service` names it. */
  static subgraphUnavailable(service: string, reason: string) {
    return new AppError('SUBGRAPH_UNAVAILABLE', `the ${service} service is unavailable (${reason}); try again shortly`, { service });
  }

  /** Keeps what caused this error for the server's log (never sent to a client). */
  because(cause: unknown): this {
    Object.defineProperty(this, 'cause', { value: cause, enumerable: false, configurable: true, writable: true });
    return this;
  }
}
