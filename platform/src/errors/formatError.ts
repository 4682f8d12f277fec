/**
 * The last word on what an error response may say: coded errors pass, database errors a user
 * can cause become coded errors, and everything else is masked (no stack, no SQL, no message).
 * classifyError is the one decision both the answer (formatError) and the log
 * (logInternalErrors) follow, so a client's mistake is never logged as our bug.
 */
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { AppError } from './AppError';
import { mapCentralOutage, mapDatabaseError } from './databaseErrors';

/** Codes raised by graphql-js or Apollo Server themselves for a bad request (with AppError's, the closed set clients see). */
export const REQUEST_ERROR_CODES = [
  'BAD_REQUEST',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
] as const;
const REQUEST_CODES: ReadonlySet<string> = new Set([...REQUEST_ERROR_CODES, 'BAD_USER_INPUT']);

export type ErrorClass =
  /** One of our coded errors (the closed set). */
  | { kind: 'coded'; error: AppError }
  /** graphql-js or Apollo Server refusing a bad request with its own code. */
  | { kind: 'request'; code: string }
  /** Apollo Server refusing a bad request with a 4xx status but no code (an unsupported persisted-query version). */
  | { kind: 'client' }
  /** A bug or an outage we did not foresee: masked for the client, logged with its stack. */
  | { kind: 'internal'; error: unknown };

function httpStatusOf(error: unknown): number | undefined {
  const status = (error as { extensions?: { http?: { status?: unknown } } } | null)?.extensions?.http?.status;
  return typeof status === 'number' ? status : undefined;
}

/** Turns what a service's code throws into coded errors where it can (mapDatabaseError, mapCentralOutage). */
export type ErrorMapping = (err: unknown) => unknown;

/** What an error is, after `map` turned what it can into coded errors. */
export function classifyError(error: unknown, map: ErrorMapping): ErrorClass {
  // Apollo Server wraps what a resolver or a plugin hook threw in a GraphQLError: judge the original.
  const unwrapped = error instanceof GraphQLError && error.originalError ? error.originalError : unwrapResolverError(error);
  const original = map(unwrapped);
  if (original instanceof AppError) return { kind: 'coded', error: original };
  const code = (error as { extensions?: { code?: unknown } } | null)?.extensions?.code;
  if (typeof code === 'string' && REQUEST_CODES.has(code)) return { kind: 'request', code };
  const status = httpStatusOf(error) ?? httpStatusOf(unwrapped);
  if (status !== undefined && status >= 400 && status < 500) return { kind: 'client' };
  return { kind: 'internal', error: unwrapped };
}

/** For subgraphs: coded errors pass, database errors a user can cause get their code, the rest is masked. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  return formatClassified(formatted, classifyError(error, mapDatabaseError));
}

/**
 * For the gateway, which has no school database: a database error there is the central
 * database's, and only its outages get a code (TENANT_UNAVAILABLE; subgraphs failing are
 * SUBGRAPH_UNAVAILABLE, made by the gateway's data source); coded errors pass, the rest is masked.
 */
export function formatGatewayLevelError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  return formatClassified(formatted, classifyError(error, mapCentralOutage));
}

function formatClassified(formatted: GraphQLFormattedError, verdict: ErrorClass): GraphQLFormattedError {
  const { locations, path } = formatted;
  switch (verdict.kind) {
    case 'coded': {
      const { http: _http, ...extensions } = verdict.error.extensions as Record<string, unknown>;
      return { message: verdict.error.message, locations, path, extensions };
    }
    case 'request':
      return { message: formatted.message, locations, path, extensions: { code: verdict.code } };
    case 'client':
      return { message: formatted.message, locations, path, extensions: { code: 'BAD_REQUEST' } };
    case 'internal':
      return { message: 'Internal server error', path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  }
}
