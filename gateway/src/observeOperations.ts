/**
 * The gateway's own plugin for what operators see: the operation's name and type for the access
 * line and metrics, internal errors and database outages logged with the request id, and 503 for
 * a request refused because the central database is down (Apollo Server would say 500).
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { logRequestError, mapCentralOutage, type Logger } from '@syncad/subgraph-kit';
import type { GatewayContext } from './GatewayContext';

export function observeOperations(logger: Logger): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operationName, operation, contextValue }) {
          if (!contextValue.trace) return;
          contextValue.trace.operationName = operationName ?? null;
          contextValue.trace.operationType = operation?.operation ?? null;
        },
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) logRequestError(logger, error, mapCentralOutage, contextValue.requestId);
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single' || response.http.status !== 500) return;
          const { data, errors } = response.body.singleResult;
          if (!data && errors?.length && errors.every((e) => e.extensions?.code === 'TENANT_UNAVAILABLE')) response.http.status = 503;
        },
      };
    },
  };
}
