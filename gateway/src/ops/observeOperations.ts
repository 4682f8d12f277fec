/**
 * The gateway's own plugin for what operators see: the operation's name and type for the access
 * line and metrics, internal errors, database outages and unavailable subgraphs logged with the
 * request id (errors subgraphs answered are theirs to log), and 503 for
 * a request refused because the central database is down (Apollo Server would say 500).
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { HTTP_STATUS, logRequestError, mapCentralOutage, type Logger } from '@syncad/platform';
import type { GraphQLError } from 'graphql';
import type { GatewayContext } from '../GatewayContext';

/** An error a subgraph answered (or the data source made for a subgraph that did not), with a code of the closed set. */
function isRelayed(error: GraphQLError): boolean {
  const { code, serviceName } = error.extensions ?? {};
  return typeof serviceName === 'string' && typeof code === 'string' && code in HTTP_STATUS;
}

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
          const { requestId } = contextValue;
          for (const error of errors) {
            if (isRelayed(error)) {
              // The subgraph logged its own errors with this request id; an unreachable one could not.
              const { code, service } = error.extensions;
              if (code === 'SUBGRAPH_UNAVAILABLE') logger.warn({ requestId, path: error.path, code, service }, 'subgraph unavailable');
              continue;
            }
            logRequestError(logger, error, mapCentralOutage, requestId);
          }
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
