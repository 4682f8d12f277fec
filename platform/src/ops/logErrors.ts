/**
 * Logs what went wrong inside a request, with its request id: our bugs (errors a client gets
 * masked as INTERNAL_SERVER_ERROR) at level error with the stack, and unavailable databases at
 * warn with their cause. A client's mistakes are not logged here: the access line has their codes.
 */
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { classifyError, type ErrorMapping } from '../errors/formatError';
import type { Logger } from '../log/logger';

/** Logs one error of a request if it is ours to look into. */
export function logRequestError(logger: Logger, error: unknown, map: ErrorMapping, requestId: string | undefined): void {
  const verdict = classifyError(error, map);
  const path = (error as { path?: unknown }).path;
  if (verdict.kind === 'internal') {
    logger.error({ requestId, path, err: verdict.error }, 'internal error');
  } else if (verdict.kind === 'coded' && verdict.error.code === 'TENANT_UNAVAILABLE') {
    logger.warn({ requestId, path, code: verdict.error.code, err: verdict.error.cause ?? verdict.error }, 'database unavailable');
  }
}

export function logErrorsPlugin(logger: Logger, map: ErrorMapping): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          const requestId = (contextValue as { requestId?: string }).requestId;
          for (const error of errors) logRequestError(logger, error, map, requestId);
        },
      };
    },
  };
}
