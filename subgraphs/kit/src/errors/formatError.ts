/**
 * The last word on what an error response may say: coded errors pass, database errors a user
 * can cause become coded errors, and everything else is masked (no stack, no SQL, no message).
 */
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { AppError } from './AppError';
import { mapDatabaseError } from './databaseErrors';

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

/** For subgraphs: coded errors pass, database errors a user can cause get their code, the rest is masked. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  return formatKnownError(formatted, mapDatabaseError(unwrapResolverError(error)));
}

/**
 * For the gateway, which has no school database: a socket error there is a subgraph or the
 * central database failing, not a tenant, so no database mapping; coded errors pass, the rest is masked.
 */
export function formatErrorWithoutDatabaseMapping(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  return formatKnownError(formatted, unwrapResolverError(error));
}

function formatKnownError(formatted: GraphQLFormattedError, original: unknown): GraphQLFormattedError {
  if (original instanceof AppError) {
    const { http: _http, ...extensions } = original.extensions as Record<string, unknown>;
    return { message: original.message, locations: formatted.locations, path: formatted.path, extensions };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && REQUEST_CODES.has(code)) {
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
  }
  console.error('[internal error]', original);
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
